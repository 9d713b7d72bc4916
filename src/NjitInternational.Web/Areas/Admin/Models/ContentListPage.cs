using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Models;

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
