namespace NjitInternational.Web.Features.AuditLog;

public sealed record AuditLogViewModel(
    AuditLogFilter Filter,
    IReadOnlyList<AuditLogRow> Rows,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> EntityTypes);
