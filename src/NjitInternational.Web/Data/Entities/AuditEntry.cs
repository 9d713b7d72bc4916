namespace NjitInternational.Web.Data.Entities;

/// <summary>One line of the audit log: who did what to which record, and when.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string? UserName { get; set; }

    /// <summary>E.g. "Create", "Update", "Delete", "Publish", "SignIn", "SignInFailed".</summary>
    public string Action { get; set; } = string.Empty;

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? Summary { get; set; }

    /// <summary>JSON of changed fields: { "Name": { "old": "...", "new": "..." } }.</summary>
    public string? ChangesJson { get; set; }
}
