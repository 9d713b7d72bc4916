using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed record ContentListRow(
    int Id,
    string Title,
    string? Detail,
    PublicationStatus Status,
    DateTime UpdatedAtUtc,
    string? UpdatedBy,
    Guid ConcurrencyStamp)
{
    /// <summary>Filled by the list query (<see cref="Services.ContentListRows.WithSchedule"/>) for the schedule badge.</summary>
    public DateTime? PublishAtUtc { get; init; }

    public DateTime? UnpublishAtUtc { get; init; }
}

public sealed record PagingModel(int Page, int TotalPages, int TotalCount, string BasePath, IReadOnlyDictionary<string, string?> Query)
{
    public const int PageSize = 25;

    public string Link(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value))
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}")
            .Append($"page={page}");
        return $"{BasePath}?{string.Join('&', query)}";
    }
}

public sealed record ContentListPage(
    ContentType Type,
    IReadOnlyList<ContentListRow> Rows,
    string? Search,
    PublicationStatus? Status,
    PagingModel Paging,
    string? DetailHeading,
    bool CanImport = false)
{
    /// <summary>The CSV export of what the list shows (same search and status).</summary>
    public string ExportLink => $"{Type.BasePath}/export.csv{(Paging.Query.Any(q => !string.IsNullOrEmpty(q.Value)) ? "?" + string.Join('&', Paging.Query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value!)}")) : string.Empty)}";

    /// <summary>Scheduling state of the rows that have a publish or unpublish time, by id.</summary>
    public IReadOnlyDictionary<int, Features.Scheduling.ScheduleSummary> Schedules { get; init; } = new Dictionary<int, Features.Scheduling.ScheduleSummary>();
}

public sealed class ContentEditPage
{
    public required ContentType Type { get; init; }

    /// <summary>Null while creating.</summary>
    public int? Id { get; init; }

    public required object Input { get; init; }

    public string? Title { get; init; }

    public PublicationStatus Status { get; init; }

    public Guid ConcurrencyStamp { get; init; }

    public DateTime? UpdatedAtUtc { get; init; }

    public string? UpdatedBy { get; init; }

    /// <summary>A partial shown below the form (e.g. alliance members), or null.</summary>
    public string? ExtraPartial { get; init; }

    public object? ExtraModel { get; init; }

    /// <summary>The stored record's publish/unpublish times as staff read them, or null.</summary>
    public Features.Scheduling.ScheduleSummary? Schedule { get; init; }

    public bool IsNew => Id is null;

    public string FormAction => Id is { } id ? Type.EditPath(id) : $"{Type.BasePath}/new";
}

/// <summary>Publish, unpublish, archive and delete buttons for one record.</summary>
public sealed record StatusActionsModel(ContentType Type, int Id, string Title, PublicationStatus Status, Guid ConcurrencyStamp, string ReturnUrl, bool Compact);

public sealed record DeletePage(ContentType Type, int Id, string Title, Guid ConcurrencyStamp, IReadOnlyList<string> Dependents, string? Message);

public sealed record ConflictRow(string Field, string? Mine, string? Current)
{
    public bool Differs => Mine is not null && !string.Equals(Mine, Current, StringComparison.Ordinal);
}

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

public sealed record PreviewField(string Label, string? Text, IHtmlContent? Html);

public sealed record PreviewPage(ContentType Type, int Id, string Title, PublicationStatus Status, IReadOnlyList<PreviewField> Fields);
