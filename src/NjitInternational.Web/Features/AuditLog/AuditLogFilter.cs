namespace NjitInternational.Web.Features.AuditLog;

/// <summary>Query-string filters of the audit log; bad values are ignored, never a 500.</summary>
public sealed class AuditLogFilter
{
    public string? User { get; set; }

    public string? Action { get; set; }

    public string? EntityType { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}
