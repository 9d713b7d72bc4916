using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Scheduling;

/// <summary>
/// What the scheduler and the status buttons do to a record's schedule, kept pure so it is
/// unit-tested at its boundaries. Times are UTC; staff enter them in China Standard Time.
/// </summary>
public static class ScheduleRules
{
    /// <summary>
    /// Brings a due record's Status in line with its schedule (the public visibility rule already
    /// shows or hides it at the moment). Publish due: a Draft becomes Published. Unpublish due: a
    /// record that was (or was due to be) public becomes Archived, not Draft, so "expired" is not
    /// mistaken for work in progress and nothing republishes it. The times that were applied are
    /// cleared, which makes a second run a no-op.
    /// </summary>
    /// <returns>True when the record changed (and must be saved).</returns>
    public static bool ApplyDue(ContentEntity record, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        var publishDue = record.PublishAtUtc is { } publishAt && publishAt <= nowUtc;
        var unpublishDue = record.UnpublishAtUtc is { } unpublishAt && unpublishAt <= nowUtc;
        if (unpublishDue)
        {
            // After downtime both may be due: the window has passed, the record ends archived.
            if (record.Status == PublicationStatus.Published || (publishDue && record.Status == PublicationStatus.Draft))
            {
                record.Status = PublicationStatus.Archived;
            }

            record.PublishAtUtc = null;
            record.UnpublishAtUtc = null;
            return true;
        }

        if (publishDue)
        {
            if (record.Status == PublicationStatus.Draft)
            {
                record.Status = PublicationStatus.Published;
            }

            record.PublishAtUtc = null;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The Publish, Unpublish and Archive buttons act now: they drop a publish time (a scheduled
    /// draft that is unpublished must not reappear), and Unpublish/Archive drop the unpublish time;
    /// Publish keeps a future unpublish time ("publish now, until …").
    /// </summary>
    public static void OnManualStatusChange(ContentEntity record, PublicationStatus target, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.PublishAtUtc = null;
        if (target != PublicationStatus.Published || record.UnpublishAtUtc <= nowUtc)
        {
            record.UnpublishAtUtc = null;
        }
    }

    /// <summary>China Standard Time (Asia/Shanghai: UTC+8, no daylight saving) to UTC.</summary>
    public static DateTime? ChinaToUtc(DateTime? chinaTime) =>
        chinaTime is { } local
            ? DateTime.SpecifyKind(local - ApplicationWindow.ChinaStandardTimeOffset, DateTimeKind.Utc)
            : null;

    /// <summary>UTC to China Standard Time, as shown in the admin forms and lists.</summary>
    public static DateTime? UtcToChina(DateTime? utc) =>
        utc is { } value
            ? DateTime.SpecifyKind(value + ApplicationWindow.ChinaStandardTimeOffset, DateTimeKind.Unspecified)
            : null;

    /// <summary>"2026-12-01 09:00 CST".</summary>
    public static string FormatChina(DateTime utc) =>
        UtcToChina(utc)!.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " CST";
}
