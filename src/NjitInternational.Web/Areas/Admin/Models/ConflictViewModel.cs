using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>
/// What a stale save shows: the editor's values beside the stored ones, who stored them, and a
/// form that re-applies the editor's values with the new concurrency stamp.
/// </summary>
public sealed record ConflictViewModel(
    ContentType Type,
    int Id,
    string? Title,
    string YourAction,
    bool Deleted,
    IReadOnlyList<ConflictRow> Rows,
    string? ChangedBy,
    DateTime? ChangedAtUtc,
    string ReapplyAction,
    IReadOnlyList<KeyValuePair<string, string>> ReapplyFields,
    string DiscardUrl);
