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

    /// <summary>
    /// The current minute, for the key of an entry whose content follows the clock (what is visible
    /// changes when a scheduled time passes, with no save to expire it).
    /// </summary>
    public static long Minute(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetUtcNow().ToUnixTimeSeconds() / 60;
    }

    public async Task<T> GetOrCreateAsync<T>(string key, IReadOnlyList<string> tags, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(create);
        if (_cache.TryGetValue(key, out T? cached))
        {
            return cached!;
        }

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
