using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Scheduling;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>
/// The fields every content form shares for scheduling and review: entered and shown in China
/// Standard Time (the office's time), stored in UTC. <see cref="Controllers.ContentAdminController{TEntity, TInput}"/>
/// reads, validates and applies them for every type, so the per-type controllers do not.
/// </summary>
public abstract class ScheduledContentInput
{
    [Display(Name = "Publish at")]
    public DateTime? PublishAt { get; set; }

    [Display(Name = "Unpublish at")]
    public DateTime? UnpublishAt { get; set; }

    [Display(Name = "Review by")]
    public DateOnly? ReviewBy { get; set; }

    /// <summary>The address (slug) fields of a type that has an address, or null.</summary>
    public virtual ISluggedInput? Address() => null;

    public void ReadFrom(ContentEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        PublishAt = ScheduleRules.UtcToChina(entity.PublishAtUtc);
        UnpublishAt = ScheduleRules.UtcToChina(entity.UnpublishAtUtc);
        ReviewBy = entity.ReviewBy;
    }

    public void WriteTo(ContentEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entity.PublishAtUtc = ScheduleRules.ChinaToUtc(Truncate(PublishAt));
        entity.UnpublishAtUtc = ScheduleRules.ChinaToUtc(Truncate(UnpublishAt));
        entity.ReviewBy = ReviewBy;
    }

    /// <summary>
    /// Unpublish must come after publish, and must not already have passed unless it is the stored
    /// value (re-saving a record the scheduler has not reached yet is fine).
    /// </summary>
    public void Validate(ContentEntity? stored, DateTime nowUtc, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (PublishAt is { } publish && UnpublishAt is { } unpublish && unpublish <= publish)
        {
            modelState.AddModelError(nameof(UnpublishAt), "Unpublish at must be later than publish at.");
            return;
        }

        if (ScheduleRules.ChinaToUtc(Truncate(UnpublishAt)) is { } unpublishUtc && unpublishUtc <= nowUtc
            && unpublishUtc != TruncateUtc(stored?.UnpublishAtUtc))
        {
            modelState.AddModelError(nameof(UnpublishAt), $"Unpublish at must be in the future (it is now {ScheduleRules.FormatChina(nowUtc)}). To hide the record now, use Unpublish.");
        }
    }

    /// <summary>The form works in whole minutes.</summary>
    private static DateTime? Truncate(DateTime? value) =>
        value is { } v ? new DateTime(v.Year, v.Month, v.Day, v.Hour, v.Minute, 0, v.Kind) : null;

    private static DateTime? TruncateUtc(DateTime? value) =>
        value is { } v ? new DateTime(v.Year, v.Month, v.Day, v.Hour, v.Minute, 0, DateTimeKind.Utc) : null;
}
