namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// What every record staff can edit carries: an editorial status, audit stamps and an
/// optimistic-concurrency token. The stamps and the token are owned by
/// <see cref="Infrastructure.Saving.AuditStampStep"/>; no other code sets them.
/// </summary>
public abstract class ContentEntity
{
    public int Id { get; set; }

    public PublicationStatus Status { get; set; } = PublicationStatus.Draft;

    /// <summary>UTC. SQLite cannot order by DateTimeOffset, so stamps are UTC DateTimes.</summary>
    public DateTime CreatedAtUtc { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>
    /// Renewed on every save. SQLite has no rowversion, and an app-managed Guid behaves the
    /// same on SQLite and SQL Server.
    /// </summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    /// <summary>
    /// UTC. Not shown before this moment even when Published; a Draft is published by the scheduler
    /// (see <c>Features/Scheduling</c>) once it is due.
    /// </summary>
    public DateTime? PublishAtUtc { get; set; }

    /// <summary>UTC. Not shown from this moment on; the scheduler then archives the record.</summary>
    public DateTime? UnpublishAtUtc { get; set; }

    /// <summary>Optional date by which staff should check the record again (review reminders).</summary>
    public DateOnly? ReviewBy { get; set; }

    /// <summary>
    /// UTC. When a text with a Chinese twin (Name, Summary, …) last changed; with
    /// <see cref="ChineseUpdatedAtUtc"/> it tells staff which translations are out of date
    /// (Features/Translations). Null for records saved before the stamps existed.
    /// </summary>
    public DateTime? EnglishUpdatedAtUtc { get; set; }

    /// <summary>UTC. When one of the Chinese texts (NameZh, SummaryZh, …) last changed.</summary>
    public DateTime? ChineseUpdatedAtUtc { get; set; }
}
