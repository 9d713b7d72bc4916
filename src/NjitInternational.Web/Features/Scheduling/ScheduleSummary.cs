using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Scheduling;

/// <summary>How a record's schedule reads in the admin area ("Scheduled", "Live until …").</summary>
public sealed record ScheduleSummary(string State, string Text)
{
    /// <summary>Null when the record has no publish or unpublish time.</summary>
    public static ScheduleSummary? Of(PublicationStatus status, DateTime? publishAtUtc, DateTime? unpublishAtUtc, DateTime nowUtc)
    {
        if (publishAtUtc is null && unpublishAtUtc is null)
        {
            return null;
        }

        var visible = PublishedQueries.IsVisible(status, publishAtUtc, unpublishAtUtc, nowUtc);
        var until = unpublishAtUtc is { } u ? $", until {ScheduleRules.FormatChina(u)}" : string.Empty;
        if (status == PublicationStatus.Archived)
        {
            return new ScheduleSummary("Archived", "Archived records are not published by the schedule");
        }

        if (publishAtUtc is { } p && p > nowUtc)
        {
            return new ScheduleSummary("Scheduled", $"Publishes {ScheduleRules.FormatChina(p)}{until}");
        }

        return visible
            ? new ScheduleSummary("Live", unpublishAtUtc is { } end ? $"Live until {ScheduleRules.FormatChina(end)}" : "Live")
            : new ScheduleSummary("Ended", unpublishAtUtc is { } ended ? $"Unpublished since {ScheduleRules.FormatChina(ended)}" : "Not shown");
    }
}
