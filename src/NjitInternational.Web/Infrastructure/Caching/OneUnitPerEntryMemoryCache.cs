using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// A memory cache whose every entry has size 1, so a size limit counts entries. HybridCache would
/// otherwise size an entry by its serialized bytes, serializing each value just to learn it.
/// </summary>
internal sealed class OneUnitPerEntryMemoryCache(MemoryCache inner) : IMemoryCache
{
    public ICacheEntry CreateEntry(object key) => new OneUnitEntry(inner.CreateEntry(key));

    public void Remove(object key) => inner.Remove(key);

    public bool TryGetValue(object key, out object? value) => inner.TryGetValue(key, out value);

    public void Dispose() => inner.Dispose();

    private sealed class OneUnitEntry : ICacheEntry
    {
        private readonly ICacheEntry _entry;

        public OneUnitEntry(ICacheEntry entry)
        {
            _entry = entry;
            _entry.Size = 1;
        }

        public object Key => _entry.Key;

        public object? Value { get => _entry.Value; set => _entry.Value = value; }

        public DateTimeOffset? AbsoluteExpiration { get => _entry.AbsoluteExpiration; set => _entry.AbsoluteExpiration = value; }

        public TimeSpan? AbsoluteExpirationRelativeToNow { get => _entry.AbsoluteExpirationRelativeToNow; set => _entry.AbsoluteExpirationRelativeToNow = value; }

        public TimeSpan? SlidingExpiration { get => _entry.SlidingExpiration; set => _entry.SlidingExpiration = value; }

        public IList<IChangeToken> ExpirationTokens => _entry.ExpirationTokens;

        public IList<PostEvictionCallbackRegistration> PostEvictionCallbacks => _entry.PostEvictionCallbacks;

        public CacheItemPriority Priority { get => _entry.Priority; set => _entry.Priority = value; }

        /// <summary>Always 1: the size HybridCache would set (serialized bytes) is ignored.</summary>
        public long? Size { get => _entry.Size; set { } }

        public void Dispose() => _entry.Dispose();
    }
}
