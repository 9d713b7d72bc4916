using Microsoft.AspNetCore.OutputCaching;

namespace NjitInternational.Web.Infrastructure.ScaleOut;

/// <summary>
/// Wraps the Redis output-cache store so a Redis outage costs the site its cache, not its speed:
/// the output-cache middleware already treats a failing store as a miss, but it would wait for a
/// connection timeout on every request. After a failure reads and writes skip Redis for
/// <see cref="BreakDuration"/> (pages are rendered fresh); evictions are always attempted, since a
/// missed one could leave other instances serving an old page, and their failure is logged
/// instead of failing a save that has already committed.
/// </summary>
/// <remarks>
/// Hand-written rather than a Polly circuit breaker: Polly opens after at least two calls in a
/// sampling window (MinimumThroughput &gt;= 2), where one failure must open this one, and an
/// eviction (always attempted, so outside the breaker) could not open it.
/// </remarks>
internal sealed partial class CircuitBreakingOutputCacheStore(
    IOutputCacheStore inner,
    TimeProvider clock,
    ILogger<CircuitBreakingOutputCacheStore> logger) : IOutputCacheStore, IAsyncDisposable, IDisposable
{
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    private long _closedAtTicks;

    private bool IsOpen => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _closedAtTicks);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (IsOpen)
        {
            return null;
        }

        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Trip(ex);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (IsOpen)
        {
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Trip(ex);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEvictionFailed(logger, ex, tag);
            Trip(ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
            default:
                break;
        }
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private void Trip(Exception ex)
    {
        var reopen = clock.GetUtcNow().Add(BreakDuration).UtcTicks;
        var previous = Interlocked.Exchange(ref _closedAtTicks, reopen);
        if (clock.GetUtcNow().UtcTicks >= previous)
        {
            LogTripped(logger, ex, (int)BreakDuration.TotalSeconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Output cache store unavailable; pages are rendered uncached for {Seconds} s")]
    private static partial void LogTripped(ILogger logger, Exception exception, int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not evict output-cache tag {Tag}: other instances may serve the old page until it expires")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception, string tag);
}
