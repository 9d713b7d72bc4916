using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Scheduling;

namespace NjitInternational.IntegrationTests.Scheduling;

internal static class SchedulingTestSupport
{
    public static DateTime Now(SiteFactory site) => site.Clock.GetUtcNow().UtcDateTime;

    /// <summary>One run of the scheduler, as the background service does it (without the lease).</summary>
    public static async Task<int> RunSchedulerAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunOnceAsync(CancellationToken.None);
    }

    public static Task<int> SchedulerAuditCountAsync(SiteFactory site, string entityType, int id) =>
        site.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityType == entityType && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.UserName == ScheduledPublisher.ActorName));

    /// <summary>Polls <paramref name="check"/> for up to five seconds (work started by a timer finishes on the thread pool).</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> check)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await check())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
