namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// One saved state of a content record: every field value as a JSON snapshot, who saved it and
/// when. Written by <see cref="Features.Revisions.RevisionStep"/> in the transaction of the
/// save. Rows have no foreign key to the record, so the history outlives a delete.
/// </summary>
public class ContentRevision
{
    public long Id { get; set; }

    /// <summary>The entity class name, e.g. "Partner".</summary>
    public string EntityType { get; set; } = string.Empty;

    public int EntityId { get; set; }

    /// <summary>1, 2, 3… per record.</summary>
    public int Number { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>Null for changes made outside a request (seeding, background jobs).</summary>
    public string? UserName { get; set; }

    /// <summary>The record's status once this revision was saved.</summary>
    public PublicationStatus Status { get; set; }

    /// <summary>The record's name or title at the time, for lists of deleted records.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>True for the revision written when the record was deleted (its last state).</summary>
    public bool IsDeleted { get; set; }

    /// <summary>When a deleted record was re-created from this revision; it then leaves the list of deleted records.</summary>
    public DateTime? RestoredAtUtc { get; set; }

    /// <summary>Comma-separated property names this save changed; null when the record was created or deleted.</summary>
    public string? ChangedFields { get; set; }

    /// <summary>E.g. "Restored from revision 3".</summary>
    public string? Note { get; set; }

    /// <summary>JSON object: one member per field, and one array per owned collection (e.g. a partner's partnership kinds).</summary>
    public string SnapshotJson { get; set; } = "{}";
}
