using Microsoft.AspNetCore.OutputCaching;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// The one way to say "content of this type changed": in-process data caches watching the tag
/// expire (<see cref="ContentChangeSignal"/>, e.g. the directory's counts), then every output-cache
/// page tagged with it is evicted (in Redis when scaled out, so every instance). Called after a
/// save commits (<see cref="CacheEvictionStep"/>) and at a scheduled publish or
/// unpublish moment (<c>ScheduledCacheEviction</c>), so both refresh exactly the same things.
/// </summary>
public sealed class ContentChanges(IOutputCacheStore store, ContentChangeSignal signal)
{
    public async ValueTask ChangedAsync(string tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        signal.Signal(tag);
        // Never a request's token: a visitor closing the tab must not leave stale pages behind.
        await store.EvictByTagAsync(tag, CancellationToken.None);
    }
}
