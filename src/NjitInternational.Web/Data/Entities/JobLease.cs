namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// Who may run a background job until when: one row per job name, claimed atomically by
/// <see cref="Infrastructure.BackgroundJobs.DatabaseJobLease"/> so that with several instances a
/// job runs on one of them at a time.
/// </summary>
public class JobLease
{
    public string Name { get; set; } = string.Empty;

    public string HolderId { get; set; } = string.Empty;

    /// <summary>UTC. After this moment any instance may claim the job.</summary>
    public DateTime ExpiresAtUtc { get; set; }
}
