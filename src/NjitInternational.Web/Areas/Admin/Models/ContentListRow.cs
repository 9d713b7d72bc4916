using NjitInternational.Web.Data.Entities;

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
