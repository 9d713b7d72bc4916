namespace NjitInternational.Web.Features.ContentCsv;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Error,
}
