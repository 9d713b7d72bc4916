namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// What every record staff can edit carries: an editorial status, audit stamps and an
/// optimistic-concurrency token. The stamps and the token are owned by
/// <see cref="Infrastructure.AuditStampInterceptor"/>; no other code sets them.
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
}
