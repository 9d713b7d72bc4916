using Microsoft.Extensions.Options;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.UnitTests;

/// <summary>Requests that miss the same entry at the same moment share one computation; a failed or abandoned one is not kept.</summary>
public sealed class ContentDataCacheTests : IDisposable
{
    private static readonly string[] Tags = ["partners"];
    private readonly ContentChangeSignal _changes = new();
    private readonly ContentDataCache _cache;

    public ContentDataCacheTests() =>
        _cache = new ContentDataCache(_changes, Options.Create(new ContentDataCacheOptions()));

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task ConcurrentMisses_OfOneKey_RunOneComputation_AndAllGetItsValue()
    {
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        Task<int> Create(CancellationToken _)
        {
            Interlocked.Increment(ref calls);
            return release.Task;
        }

        var requests = Enumerable.Range(0, 20).Select(_ => _cache.GetOrCreateAsync("k", Tags, Create, CancellationToken.None)).ToList();
        Assert.All(requests, r => Assert.False(r.IsCompleted));
        release.SetResult(42);

        Assert.All(await Task.WhenAll(requests), v => Assert.Equal(42, v));
        Assert.Equal(1, calls);
        Assert.Equal(42, await _cache.GetOrCreateAsync<int>("k", Tags, _ => throw new InvalidOperationException("not called: cached"), CancellationToken.None));
    }

    [Fact]
    public async Task DifferentKeys_AreComputedSeparately()
    {
        var a = await _cache.GetOrCreateAsync("a", Tags, _ => Task.FromResult("A"), CancellationToken.None);
        var b = await _cache.GetOrCreateAsync("b", Tags, _ => Task.FromResult("B"), CancellationToken.None);

        Assert.Equal(("A", "B"), (a, b));
    }

    [Fact]
    public async Task AFailedComputation_ReachesEveryWaiter_AndTheNextRequestTriesAgain()
    {
        var fail = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _cache.GetOrCreateAsync("k", Tags, _ => fail.Task, CancellationToken.None);
        var second = _cache.GetOrCreateAsync("k", Tags, _ => Task.FromResult(-1), CancellationToken.None);
        fail.SetException(new InvalidOperationException("database down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        Assert.Equal(7, await _cache.GetOrCreateAsync("k", Tags, _ => Task.FromResult(7), CancellationToken.None));
    }

    [Fact]
    public async Task WhenTheComputingRequestGoesAway_AWaiterComputesItsOwn()
    {
        using var gone = new CancellationTokenSource();
        var first = _cache.GetOrCreateAsync("k", Tags, async ct =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return 1;
        }, gone.Token);
        var waiter = _cache.GetOrCreateAsync("k", Tags, _ => Task.FromResult(2), CancellationToken.None);
        Assert.False(waiter.IsCompleted);

        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(2, await waiter);
    }

    [Fact]
    public async Task ASaveOfATag_ExpiresTheEntry()
    {
        Assert.Equal(1, await _cache.GetOrCreateAsync("k", Tags, _ => Task.FromResult(1), CancellationToken.None));

        _changes.Signal("partners");

        Assert.Equal(2, await _cache.GetOrCreateAsync("k", Tags, _ => Task.FromResult(2), CancellationToken.None));
    }
}
