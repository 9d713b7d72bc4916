using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Scheduling;
using NjitInternational.Web.Infrastructure.BackgroundJobs;
using static NjitInternational.IntegrationTests.Scheduling.SchedulingTestSupport;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>Two workers (own scopes, own DbContexts, own holder ids) sharing one database.</summary>
internal sealed class Worker(SiteFactory site, string holder) : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope = site.Services.CreateAsyncScope();

    public AppDbContext Db => _scope.ServiceProvider.GetRequiredService<AppDbContext>();

    public DatabaseJobLease Lease => new(Db, site.Clock, new JobLeaseHolder(holder), NullLogger<DatabaseJobLease>.Instance);

    public ScheduledPublishingJob Job => new(
        Lease,
        new ScheduledPublisher(Db, site.Clock, NullLogger<ScheduledPublisher>.Instance),
        Options.Create(new SchedulingOptions { IntervalSeconds = 30 }));

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}

public class JobLeaseTests(EmptySiteFactory site) : IClassFixture<EmptySiteFactory>
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Lease_IsHeldByOneWorkerAtATime_AndPassesToTheOtherAfterExpiry()
    {
        await using var a = new Worker(site, "worker-a");
        await using var b = new Worker(site, "worker-b");

        Assert.True(await a.Lease.TryAcquireAsync("test-job", Duration, CancellationToken.None));
        Assert.False(await b.Lease.TryAcquireAsync("test-job", Duration, CancellationToken.None));
        Assert.True(await a.Lease.TryAcquireAsync("test-job", Duration, CancellationToken.None));

        site.Clock.Advance(Duration - TimeSpan.FromSeconds(1));
        Assert.False(await b.Lease.TryAcquireAsync("test-job", Duration, CancellationToken.None));

        site.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await b.Lease.TryAcquireAsync("test-job", Duration, CancellationToken.None));
        Assert.False(await a.Lease.TryAcquireAsync("test-job", Duration, CancellationToken.None));

        var row = await site.WithDbAsync(db => db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == "test-job"));
        Assert.Equal("worker-b", row.HolderId);
    }

    [Fact]
    public async Task Lease_ClaimedForTheFirstTimeByManyWorkersAtOnce_GoesToExactlyOne()
    {
        var workers = Enumerable.Range(0, 6).Select(i => new Worker(site, $"racer-{i}")).ToList();
        try
        {
            var results = await Task.WhenAll(workers.Select(w => Task.Run(() => w.Lease.TryAcquireAsync("race-job", Duration, CancellationToken.None))));

            Assert.Equal(1, results.Count(r => r));
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }
}

/// <summary>With two workers a due publish happens exactly once: one run, one audit entry.</summary>
public class ScheduledPublishingTwoWorkersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task DuePublish_WithTwoWorkers_HappensExactlyOnce()
    {
        var id = await site.WithDbAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Slug == "staff-mobility");
            page.Status = PublicationStatus.Draft;
            page.PublishAtUtc = Now(site).AddMinutes(5);
            await db.SaveChangesAsync();
            return page.Id;
        });
        site.Clock.Advance(TimeSpan.FromMinutes(10));

        await using var a = new Worker(site, "instance-a");
        await using var b = new Worker(site, "instance-b");
        var first = await Task.WhenAll(Task.Run(() => a.Job.TryRunAsync(CancellationToken.None)), Task.Run(() => b.Job.TryRunAsync(CancellationToken.None)));

        Assert.Single(first, r => r is null);
        Assert.Single(first, r => r == 1);

        // The holder stops; after its lease expires the other takes over and finds nothing left to do.
        site.Clock.Advance(TimeSpan.FromSeconds(31));
        await using var late = new Worker(site, first[0] is null ? "instance-a" : "instance-b");
        Assert.Equal(0, await late.Job.TryRunAsync(CancellationToken.None));

        Assert.Equal(PublicationStatus.Published, await site.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
        Assert.Equal(1, await SchedulerAuditCountAsync(site, "Page", id));
    }
}
