using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

public sealed record ComparePage(
    ContentType Type,
    RecordHeader Record,
    RevisionRow From,
    RevisionRow To,
    IReadOnlyList<FieldDiff> Changed,
    IReadOnlyList<FieldDiff> Unchanged,
    int NewestNumber);
