using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

public sealed record HistoryPage(ContentType Type, RecordHeader Record, IReadOnlyList<RevisionRow> Revisions, int Total, string? Error);
