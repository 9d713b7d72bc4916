using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Scheduling;

/// <summary>
/// Keeps the output cache honest about scheduled times: a cached page may hold a record that must
/// appear or disappear at its publish/unpublish moment, which no save announces. This evicts the
/// cache tag of that record's type at that moment (through <see cref="ContentChanges"/>, so the
/// in-process data caches such as the directory's counts refresh too), on a timer from the injected
/// <see cref="TimeProvider"/> (tests move a fake clock past it). It knows the next moment per
/// content type from the database (at start, after each firing, and at least every
/// <see cref="PublicPageCacheOptions.ExpirationSeconds"/>, so schedules set on another instance
/// are picked up before any page cached here could outlive them) and from every save
/// (<see cref="ScheduleChangeStep"/>), without waiting for the save's transaction.
/// </summary>
public sealed class ScheduledCacheEviction(
    IServiceScopeFactory scopes,
    ContentChanges changes,
    TimeProvider clock,
    IOptions<PublicPageCacheOptions> cacheOptions,
    ILogger<ScheduledCacheEviction> logger) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTime> _next = new(StringComparer.Ordinal);
    private ITimer? _timer;
    private bool _stopped;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ReloadAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The site must start (and answer 503) while its database is unavailable; the periodic reload retries.
            SchedulingLog.EvictionFailed(logger, exception);
            lock (_gate)
            {
                Arm();
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _stopped = true;
            _timer?.Dispose();
            _timer = null;
        }

        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
        }
    }

    /// <summary>A record of the type with <paramref name="tag"/> changes visibility at <paramref name="atUtc"/>.</summary>
    public void Expect(string tag, DateTime atUtc)
    {
        lock (_gate)
        {
            if (!_next.TryGetValue(tag, out var known) || atUtc < known)
            {
                _next[tag] = atUtc;
                Arm();
            }
        }
    }

    /// <summary>Reads the next scheduled moment of every content type and arms the timer.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var next = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var type in ContentTypes.All)
        {
            await AddNextAsync(next, type.CacheTag, type.Records(db), now, cancellationToken);
        }

        lock (_gate)
        {
            // Keep moments learnt from saves meanwhile (their transaction may not have been visible).
            foreach (var (tag, at) in next)
            {
                if (!_next.TryGetValue(tag, out var known) || at < known || known <= now)
                {
                    _next[tag] = at;
                }
            }

            foreach (var stale in _next.Where(n => n.Value <= now && !next.ContainsKey(n.Key)).Select(n => n.Key).ToList())
            {
                _next.Remove(stale);
            }

            Arm();
        }
    }

    private static async Task AddNextAsync(Dictionary<string, DateTime> next, string tag, IQueryable<ContentEntity> set, DateTime now, CancellationToken cancellationToken)
    {
        var live = set.AsNoTracking().Where(e => e.Status != PublicationStatus.Archived);
        var publish = await live.Where(e => e.PublishAtUtc > now).MinAsync(e => e.PublishAtUtc, cancellationToken);
        var unpublish = await live.Where(e => e.UnpublishAtUtc > now).MinAsync(e => e.UnpublishAtUtc, cancellationToken);
        if ((publish, unpublish) switch
        {
            ({ } p, { } u) => p < u ? p : u,
            ({ } p, null) => p,
            (null, { } u) => u,
            _ => (DateTime?)null,
        } is { } at)
        {
            next[tag] = at;
        }
    }

    /// <summary>Sets the timer to the earliest known moment, or to the periodic reload. Call under the lock.</summary>
    private void Arm()
    {
        if (_stopped)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var reload = TimeSpan.FromSeconds(Math.Max(1, cacheOptions.Value.ExpirationSeconds));
        var due = _next.Count == 0 ? reload : _next.Values.Min() - now;
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due > reload ? reload : due;
        _timer?.Dispose();
        _timer = clock.CreateTimer(_ => _ = FireAsync(), null, due, Timeout.InfiniteTimeSpan);
    }

    private async Task FireAsync()
    {
        try
        {
            List<string> due;
            lock (_gate)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                due = [.. _next.Where(n => n.Value <= now).Select(n => n.Key)];
                foreach (var tag in due)
                {
                    _next.Remove(tag);
                }
            }

            foreach (var tag in due)
            {
                await changes.ChangedAsync(tag);
            }

            await ReloadAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Shutting down, or the database is briefly unavailable: the periodic reload retries.
            SchedulingLog.EvictionFailed(logger, exception);
            lock (_gate)
            {
                Arm();
            }
        }
    }
}
