namespace NjitInternational.Web.Features.AuditLog;

public sealed record AuditLogRow(
    long Id,
    DateTime AtUtc,
    string? UserName,
    string Action,
    string? EntityType,
    string? EntityId,
    string? Summary,
    IReadOnlyList<FieldChange> Changes);
