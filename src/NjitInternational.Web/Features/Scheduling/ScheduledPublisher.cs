using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Infrastructure;

namespace NjitInternational.Web.Features.Scheduling;

/// <summary>
/// One pass of scheduled publishing: every record whose publish or unpublish time has passed
/// (however long ago: correct after downtime) gets <see cref="ScheduleRules.ApplyDue"/>. Each
/// record is saved on its own through SaveChanges, so it is stamped and audited as
/// <see cref="ActorName"/> and its cached pages are evicted; a record an editor saved meanwhile
/// fails its concurrency check and is retried on the next pass. Idempotent: applied times are
/// cleared, so a second pass finds nothing.
/// </summary>
public sealed class ScheduledPublisher(AppDbContext db, TimeProvider clock, ILogger<ScheduledPublisher> logger)
{
    /// <summary>The user name on the audit entries and stamps the scheduler writes.</summary>
    public const string ActorName = "scheduler";

    /// <returns>How many records changed.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var actor = BackgroundActor.Use(ActorName);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var type in ContentTypes.All)
        {
            changed += await ApplyAsync(type, now, cancellationToken);
        }

        if (changed > 0)
        {
            SchedulingLog.Changed(logger, changed);
        }

        return changed;
    }

    private async Task<int> ApplyAsync(ContentType type, DateTime now, CancellationToken cancellationToken)
    {
        var due = await type.Records(db)
            .Where(e => e.PublishAtUtc <= now || e.UnpublishAtUtc <= now)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var changed = 0;
        foreach (var record in due)
        {
            if (!ScheduleRules.ApplyDue(record, now))
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed++;
            }
            catch (DbUpdateConcurrencyException)
            {
                SchedulingLog.Conflict(logger, type.Name, record.Id);
                db.Entry(record).State = EntityState.Detached;
            }
        }

        db.ChangeTracker.Clear();
        return changed;
    }
}
