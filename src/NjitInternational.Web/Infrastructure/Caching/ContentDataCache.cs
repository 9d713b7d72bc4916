using System.Collections.Concurrent;
using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

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
/// content is saved (e.g. facet counts over every partner), on <see cref="HybridCache"/>: requests
/// that miss the same key at the same moment share one computation (stampede protection), a
/// failed computation is not kept, and entries carry their content tags. A committed save of a
/// tag (<see cref="ContentChangeSignal"/>) removes them by tag; an entry whose computation began
/// before that save is not kept either. Entries live <see cref="ContentDataCacheOptions.MaxAgeSeconds"/>
/// at most, in a memory cache of its own bounded to <see cref="ContentDataCacheOptions.SizeLimit"/> entries.
/// </summary>
public sealed class ContentDataCache : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly HybridCache _cache;
    private readonly ContentChangeSignal _changes;
    private readonly ConcurrentDictionary<string, IDisposable> _watchedTags = new(StringComparer.Ordinal);

    public ContentDataCache(ContentChangeSignal changes, IOptions<ContentDataCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _changes = changes;
        var maxAge = TimeSpan.FromSeconds(options.Value.MaxAgeSeconds);
        var services = new ServiceCollection();
        // Its own memory cache, counted in entries: the values are shared as they are (never
        // serialized for a size), and the site's other caches cannot push them out.
        services.AddSingleton<IMemoryCache>(new OneUnitPerEntryMemoryCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeLimit })));
        services.AddHybridCache(hybrid =>
        {
            // Keys name a whole filter (search text included) and values can be whole pages:
            // neither limit may silently turn caching off for them.
            hybrid.MaximumKeyLength = 64 * 1024;
            hybrid.MaximumPayloadBytes = 64 * 1024 * 1024;
            hybrid.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = maxAge,
                LocalCacheExpiration = maxAge,
                Flags = HybridCacheEntryFlags.DisableDistributedCache | HybridCacheEntryFlags.DisableCompression,
            };
        });
        // A provider of its own rather than the site's: the bounded memory cache above must not
        // replace the site's IMemoryCache, and the unit tests build this class directly.
#pragma warning disable ASP0000
        _services = services.BuildServiceProvider();
#pragma warning restore ASP0000
        _cache = _services.GetRequiredService<HybridCache>();
    }

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
        foreach (var tag in tags)
        {
            // Watched before the computation starts, so a save committed meanwhile expires its result.
            _watchedTags.GetOrAdd(tag, Watch);
        }

        try
        {
            return (await GetOrCreateCoreAsync(key, tags, create, cancellationToken)).Value;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The request computing it went away (its client disconnected): compute it for this one.
            return (await GetOrCreateCoreAsync(key, tags, create, cancellationToken)).Value;
        }
    }

    public void Dispose()
    {
        foreach (var registration in _watchedTags.Values)
        {
            registration.Dispose();
        }

        _services.Dispose();
    }

    /// <remarks>
    /// HybridCache is given no token: it then runs the computation inline, in the request's
    /// execution context (its culture, its HttpContext), instead of queueing it to the thread pool
    /// without them. The computation runs on the token of the request that started it, as before:
    /// when that request goes away, those waiting on it compute their own.
    /// </remarks>
    private ValueTask<Entry<T>> GetOrCreateCoreAsync<T>(string key, IReadOnlyList<string> tags, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken) =>
        _cache.GetOrCreateAsync(
            key,
            (create, cancellationToken),
            static async (state, _) => new Entry<T>(await state.create(state.cancellationToken)),
            tags: tags,
            cancellationToken: CancellationToken.None);

    private IDisposable Watch(string tag) => ChangeToken.OnChange(() => _changes.Watch(tag), () => Expire(tag));

    /// <summary>With no distributed cache the removal is done when RemoveByTagAsync returns; nothing to wait for.</summary>
    private void Expire(string tag) => _ = _cache.RemoveByTagAsync(tag).AsTask();

    /// <summary>
    /// Every value is held in this sealed, immutable-marked box, so HybridCache hands out the
    /// cached instance as the memory cache did (callers only read it) instead of a deserialized
    /// copy per hit; the value itself is never serialized.
    /// </summary>
    [ImmutableObject(true)]
    private sealed class Entry<T>(T value)
    {
        [JsonIgnore]
        public T Value { get; } = value;
    }
}
