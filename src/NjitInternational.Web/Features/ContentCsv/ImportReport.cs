namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>What an import did (or, for a dry run, would do), row by row.</summary>
public sealed record ImportReport(bool DryRun, bool Written, string? FileError, IReadOnlyList<ImportRowResult> Rows)
{
    public int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    public bool HasErrors => FileError is not null || Rows.Any(r => r.Outcome == ImportOutcome.Error);
}
