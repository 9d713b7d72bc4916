namespace NjitInternational.Web.Features.AuditLog;

public sealed record FieldChange(string Field, string? Old, string? New);
