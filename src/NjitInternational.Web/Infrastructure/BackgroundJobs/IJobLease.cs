namespace NjitInternational.Web.Infrastructure.BackgroundJobs;

/// <summary>
/// A named, time-limited claim on a background job shared by every instance of the site, so that
/// a job scheduled on each instance runs on one of them per interval.
/// </summary>
public interface IJobLease
{
    /// <summary>
    /// Claims <paramref name="jobName"/> for <paramref name="duration"/> if nobody holds it, its
    /// holder's claim has expired, or this instance already holds it (then the claim is renewed).
    /// </summary>
    /// <returns>True when this instance holds the job until now + <paramref name="duration"/>.</returns>
    Task<bool> TryAcquireAsync(string jobName, TimeSpan duration, CancellationToken cancellationToken);
}

/// <summary>
/// Who this instance is when it holds a lease: unique per process, readable in the JobLeases table
/// (machine name and process id, plus a random part for containers that reuse both).
/// </summary>
public sealed record JobLeaseHolder(string Id)
{
    public static JobLeaseHolder ForThisProcess() =>
        new($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");
}
