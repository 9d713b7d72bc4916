using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Revisions;

public sealed record DeletedRecordsPage(ContentType? Filter, IReadOnlyList<DeletedRecordRow> Rows, IReadOnlyDictionary<string, int> CountsByType, string? Error);
