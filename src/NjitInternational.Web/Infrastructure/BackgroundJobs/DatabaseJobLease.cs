using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.BackgroundJobs;

/// <summary>
/// The lease as one row per job in the shared database. The claim is a single conditional UPDATE
/// (<c>WHERE Name = @job AND (ExpiresAtUtc &lt;= @now OR HolderId = @me)</c>), atomic on SQLite and
/// SQL Server alike, so two instances racing cannot both succeed. The first claim of a job inserts
/// its row; when two instances insert at once the primary key refuses the second.
/// </summary>
public sealed class DatabaseJobLease(AppDbContext db, TimeProvider clock, JobLeaseHolder holder, ILogger<DatabaseJobLease> logger) : IJobLease
{
    public async Task<bool> TryAcquireAsync(string jobName, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobName);
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var me = holder.Id;

        var claimed = await db.JobLeases
            .Where(l => l.Name == jobName && (l.ExpiresAtUtc <= now || l.HolderId == me))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.HolderId, me).SetProperty(l => l.ExpiresAtUtc, until), cancellationToken);
        if (claimed == 1)
        {
            return true;
        }

        if (await db.JobLeases.AsNoTracking().AnyAsync(l => l.Name == jobName, cancellationToken))
        {
            return false;
        }

        var lease = new JobLease { Name = jobName, HolderId = me, ExpiresAtUtc = until };
        db.JobLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception)
        {
            // Another instance inserted the row between our check and our insert: it holds the job.
            Features.Scheduling.SchedulingLog.LeaseRace(logger, exception, jobName);
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }
}
