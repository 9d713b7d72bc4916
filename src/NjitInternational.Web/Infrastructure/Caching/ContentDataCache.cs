using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>The "DataCache" configuration section.</summary>
public sealed class ContentDataCacheOptions
{
    public const string SectionName = "DataCache";

    /// <summary>
    /// Upper bound on an entry's life. Saves on this instance expire entries at once; this bounds
    /// how long another instance (scale-out) can show counts from before a save made elsewhere.
    /// </summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>Entries kept at most (each distinct filter is one entry); the oldest are dropped.</summary>
    public int SizeLimit { get; set; } = 1000;
}

/// <summary>
/// A small in-process cache for derived data that is expensive to compute and changes only when
/// content is saved (e.g. facet counts over every partner). Entries expire when a save touching
/// one of their content tags commits (<see cref="ContentChangeSignal"/>), and after
/// <see cref="ContentDataCacheOptions.MaxAgeSeconds"/> at the latest.
/// </summary>
public sealed class ContentDataCache(ContentChangeSignal changes, IOptions<ContentDataCacheOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit });
    private readonly TimeSpan _maxAge = TimeSpan.FromSeconds(options.Value.MaxAgeSeconds);
    private readonly ConcurrentDictionary<string, Lazy<Task>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>
    /// The current minute, for the key of an entry whose content follows the clock (what is visible
    /// changes when a scheduled time passes, with no save to expire it).
    /// </summary>
    public static long Minute(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().ToUnixTimeSeconds() / 60;
    }

    /// <summary>
    /// The cached value, or the one <paramref name="create"/> computes. Requests that miss the same
    /// key at the same moment (all of them, when a minute's directory entry expires under load)
    /// share one computation instead of each scanning the table.
    /// </summary>
    public async Task<T> GetOrCreateAsync<T>(string key, IReadOnlyList<string> tags, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(create);
        if (_cache.TryGetValue(key, out T? cached))
        {
            return cached!;
        }

        Lazy<Task>? started = null;
        var flight = _inFlight.GetOrAdd(key, _ => started = new Lazy<Task>(() => ComputeAsync(key, tags, create, cancellationToken)));
        try
        {
            return await (Task<T>)flight.Value;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The request computing it went away (its client disconnected): compute it for this one.
            return await ComputeAsync(key, tags, create, cancellationToken);
        }
        finally
        {
            // Its starter retires a finished computation (stored, or failed: the next request tries again).
            if (ReferenceEquals(flight, started))
            {
                _inFlight.TryRemove(KeyValuePair.Create(key, flight));
            }
        }
    }

    private async Task<T> ComputeAsync<T>(string key, IReadOnlyList<string> tags, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        // Watched before reading, so a save committed while the value is computed expires it at once.
        var tokens = tags.Select(changes.Watch).ToList();
        var value = await create(cancellationToken);
        using (var entry = _cache.CreateEntry(key))
        {
            entry.Value = value;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = _maxAge;
            foreach (var token in tokens)
            {
                entry.ExpirationTokens.Add(token);
            }
        }

        return value;
    }

    public void Dispose() => _cache.Dispose();
}
