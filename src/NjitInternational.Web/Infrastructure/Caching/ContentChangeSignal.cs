using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// Change tokens per content tag (<see cref="CacheTags"/>), fired by
/// <see cref="CacheEvictionStep"/> after a save commits. In-process data caches (e.g.
/// the directory's facet counts) expire on them, exactly when the output cache is evicted.
/// </summary>
public sealed class ContentChangeSignal
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _sources = new(StringComparer.Ordinal);

    /// <summary>A token that fires at the next committed change of <paramref name="tag"/>.</summary>
    public IChangeToken Watch(string tag) =>
        new CancellationChangeToken(_sources.GetOrAdd(tag, static _ => new CancellationTokenSource()).Token);

    public void Signal(string tag)
    {
        // Removed first, so a cache entry created while the old token fires watches a fresh one.
        if (_sources.TryRemove(tag, out var source))
        {
            source.Cancel();
            source.Dispose();
        }
    }
}
