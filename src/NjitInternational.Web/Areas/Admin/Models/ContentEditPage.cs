using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Models;

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
