using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NjitInternational.Web.Infrastructure.ScaleOut;

namespace NjitInternational.UnitTests;

public class CircuitBreakingOutputCacheStoreTests
{
    /// <summary>Stands in for Redis (a true seam): fails while <see cref="Down"/> and counts calls.</summary>
    private sealed class FlakyStore : IOutputCacheStore
    {
        public bool Down { get; set; }

        public int Calls { get; private set; }

        public List<string> Evicted { get; } = [];

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Calls++;
            return Down ? throw new IOException("redis down") : ValueTask.FromResult<byte[]?>([1]);
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Calls++;
            return Down ? throw new IOException("redis down") : ValueTask.CompletedTask;
        }

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Calls++;
            if (Down)
            {
                throw new IOException("redis down");
            }

            Evicted.Add(tag);
            return ValueTask.CompletedTask;
        }
    }

    private readonly FlakyStore _redis = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    private CircuitBreakingOutputCacheStore Store() => new(_redis, _clock, NullLogger<CircuitBreakingOutputCacheStore>.Instance);

    [Fact]
    public async Task AFailingRead_IsAMiss_AndLaterReadsSkipRedis_UntilTheBreakEnds()
    {
        var store = Store();
        _redis.Down = true;

        Assert.Null(await store.GetAsync("page", CancellationToken.None));
        Assert.Null(await store.GetAsync("page", CancellationToken.None));
        await store.SetAsync("page", [1], ["tag"], TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(1, _redis.Calls);

        _redis.Down = false;
        _clock.Advance(CircuitBreakingOutputCacheStore.BreakDuration);

        Assert.NotNull(await store.GetAsync("page", CancellationToken.None));
        Assert.Equal(2, _redis.Calls);
    }

    [Fact]
    public async Task Evictions_AreAlwaysAttempted_AndAFailureDoesNotThrow()
    {
        var store = Store();
        _redis.Down = true;
        await store.EvictByTagAsync("content:partners", CancellationToken.None);

        // The circuit is open for reads, but the next eviction still reaches Redis.
        _redis.Down = false;
        await store.EvictByTagAsync("content:partners", CancellationToken.None);

        Assert.Equal(["content:partners"], _redis.Evicted);
        Assert.Null(await store.GetAsync("page", CancellationToken.None));
    }
}
