using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Features.Calendars;

/// <summary>
/// Writes calendar entries as an RFC 5545 file with Ical.Net (which folds long lines and escapes
/// commas, semicolons, backslashes and line breaks in text), in the current UI language.
/// </summary>
public sealed class CalendarFile(IStringLocalizer<SharedResource> localizer)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>NJIT's zone: China Standard Time, the fixed UTC+8 of the application-window rule.</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    /// <summary>
    /// The right-hand side of every UID: a name of the site, not of the host that served the file,
    /// so a calendar downloaded from a test server, a staging host or the live site names the same
    /// events and a re-import updates them instead of adding copies.
    /// </summary>
    public const string UidDomain = "international.njit.edu.cn";

    /// <summary>SEQUENCE counts seconds of <see cref="CalendarEntry.UpdatedAtUtc"/> from here (see <see cref="Sequence"/>).</summary>
    private static readonly DateTime SequenceEpoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file; <paramref name="siteRoot"/> (scheme://host/pathbase) makes each event's page link absolute.</summary>
    public byte[] Write(IEnumerable<CalendarEntry> entries, string calendarName, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var culture = SiteCultures.Current;
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH", ProductId = "-//NJIT International//Calendars//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        // Rules only from 2000 on: China has had no daylight saving since 1991, so the zone is one STANDARD block.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), includeHistoricalData: false));

        foreach (var entry in entries)
        {
            var url = new Uri(siteRoot + SiteCultures.WithPrefix(entry.Path, culture));
            var updated = new CalDateTime(DateTime.SpecifyKind(entry.UpdatedAtUtc, DateTimeKind.Utc), "UTC");
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{entry.RecordKey}-{KindSlug(entry.Kind)}@{UidDomain}",
                Sequence = Sequence(entry.UpdatedAtUtc),
                Summary = Title(entry),
                Description = Description(entry, url),
                Url = url,
                // The record's stamp, not the time of the request: the same record gives the same bytes,
                // so cached and fresh copies agree.
                DtStamp = updated,
                LastModified = updated,
                Transparency = "TRANSPARENT",
            };
            SetTimes(calendarEvent, entry);
            calendar.Events.Add(calendarEvent);
        }

        return Utf8WithoutBom.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }

    /// <summary>
    /// SEQUENCE must grow whenever the event changes (RFC 5545 3.8.7.4), and every save renews the
    /// record's update stamp, so the stamp in whole seconds since 2020 is a number that only grows,
    /// needs no extra column or query and fits the 32-bit integer clients expect until 2088.
    /// (The revision number would do too, but records seeded before revisions existed have none.)
    /// </summary>
    public static int Sequence(DateTime updatedAtUtc) =>
        (int)Math.Clamp((updatedAtUtc - SequenceEpoch).Ticks / TimeSpan.TicksPerSecond, 0, int.MaxValue);

    /// <summary>
    /// An application window is two short timed events rather than one event spanning weeks: a
    /// spanning event fills every day of the window in month views and its end (the deadline, what
    /// a student needs) is easy to miss, and an all-day event is "floating", on that date in the
    /// reader's own zone. "Close" is the last hour of the closing day in Nanjing (the window is
    /// inclusive and ends at midnight China time), so a reader in Helsinki sees 17:00–18:00 and
    /// a reminder fires before the real deadline; "open" is the first hour of the opening day.
    /// A conference is an all-day event over its days, which is how calendar apps show a multi-day event.
    /// </summary>
    private static void SetTimes(CalendarEvent calendarEvent, CalendarEntry entry)
    {
        switch (entry.Kind)
        {
            case CalendarEntryKind.ApplicationsOpen:
                calendarEvent.DtStart = InChina(entry.Start, 0);
                calendarEvent.DtEnd = InChina(entry.Start, 1);
                break;
            case CalendarEntryKind.ApplicationsClose:
                calendarEvent.DtStart = InChina(entry.Start, 23);
                calendarEvent.DtEnd = InChina(entry.Start.AddDays(1), 0);
                break;
            default:
                var last = entry.End is { } end && end > entry.Start ? end : entry.Start;
                calendarEvent.DtStart = new CalDateTime(entry.Start);
                calendarEvent.DtEnd = new CalDateTime(last.AddDays(1));
                break;
        }
    }

    private static CalDateTime InChina(DateOnly day, int hour) =>
        new(day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified), TimeZoneId);

    private string Title(CalendarEntry entry) => entry.Kind switch
    {
        CalendarEntryKind.ApplicationsOpen => localizer["Applications open: {0}", entry.Title],
        CalendarEntryKind.ApplicationsClose => localizer["Applications close: {0}", entry.Title],
        _ => entry.Title,
    };

    private string Description(CalendarEntry entry, Uri url)
    {
        var text = new StringBuilder();
        var note = entry.Kind switch
        {
            CalendarEntryKind.ApplicationsOpen => localizer["Applications open on {0} (China Standard Time).", SiteDates.Day(entry.Start, CultureInfo.CurrentCulture)].Value,
            CalendarEntryKind.ApplicationsClose => localizer["Applications close at the end of {0} (China Standard Time).", SiteDates.Day(entry.Start, CultureInfo.CurrentCulture)].Value,
            _ => null,
        };
        foreach (var part in new[] { note, entry.Summary, url.AbsoluteUri })
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(part);
            }
        }

        return text.ToString();
    }

    private static string KindSlug(CalendarEntryKind kind) => kind switch
    {
        CalendarEntryKind.ApplicationsOpen => "applications-open",
        CalendarEntryKind.ApplicationsClose => "applications-close",
        _ => "dates",
    };
}
