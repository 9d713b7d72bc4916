using System.Globalization;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Conferences;

/// <summary>
/// Formats a conference's dates as a compact range ("5–7 May 2027", "30 May – 2 June 2027"; in
/// Chinese "2027年5月5日至7日", "2027年5月30日至6月2日").
/// </summary>
public static class ConferenceDates
{
    /// <returns>The range, or null when the start date is not known.</returns>
    public static string? Format(DateOnly? start, DateOnly? end, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (start is not { } from)
        {
            return null;
        }

        if (end is not { } to || to <= from)
        {
            return SiteDates.Day(from, culture);
        }

        if (SiteDates.IsChinese(culture))
        {
            var until = from.Year != to.Year ? SiteDates.Day(to, culture)
                : from.Month != to.Month ? SiteDates.MonthDay(to)
                : $"{to.Day}日";
            return $"{SiteDates.Day(from, culture)}至{until}";
        }

        if (from.Year == to.Year && from.Month == to.Month)
        {
            return $"{from.ToString("%d", culture)}\u2013{to.ToString("d MMMM yyyy", culture)}";
        }

        return from.Year == to.Year
            ? $"{from.ToString("d MMMM", culture)} \u2013 {to.ToString("d MMMM yyyy", culture)}"
            : $"{from.ToString("d MMMM yyyy", culture)} \u2013 {to.ToString("d MMMM yyyy", culture)}";
    }

    /// <summary>ISO 8601 date (schema.org and &lt;time datetime&gt;).</summary>
    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
