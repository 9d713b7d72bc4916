using System.Globalization;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// A day written out the way the page's language writes it: "5 May 2027" in English, "2027年5月5日"
/// in Chinese. (A "d MMMM yyyy" pattern in zh-CN gives "5 五月 2027", which no Chinese reader writes.)
/// </summary>
public static class SiteDates
{
    /// <summary>zh, zh-CN, zh-Hans, …: the one rule for "this culture is Chinese" (also <see cref="SiteCultures.Current"/>).</summary>
    public static bool IsChinese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The full date: "5 May 2027" / "2027年5月5日".</summary>
    public static string Day(DateOnly date, CultureInfo culture) =>
        IsChinese(culture) ? $"{date.Year}年{MonthDay(date)}" : date.ToString("d MMMM yyyy", culture);

    /// <summary>The date in the current culture (views).</summary>
    public static string Day(DateOnly date) => Day(date, CultureInfo.CurrentCulture);

    /// <summary>Month and day in Chinese: "5月5日".</summary>
    public static string MonthDay(DateOnly date) => $"{date.Month}月{date.Day}日";
}
