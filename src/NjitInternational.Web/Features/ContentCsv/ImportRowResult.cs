namespace NjitInternational.Web.Features.ContentCsv;

public sealed record ImportRowResult(int Line, string Slug, string Title, ImportOutcome Outcome, string? Message);
