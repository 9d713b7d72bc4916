using System.Globalization;
using NjitInternational.Web.Features.Conferences;

namespace NjitInternational.UnitTests;

public class ConferenceDatesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("2026-12-10", null, "10 December 2026")]
    [InlineData("2026-12-10", "2026-12-10", "10 December 2026")]
    [InlineData("2026-12-10", "2026-12-12", "10\u201312 December 2026")]
    [InlineData("2027-05-30", "2027-06-02", "30 May \u2013 2 June 2027")]
    [InlineData("2026-12-30", "2027-01-02", "30 December 2026 \u2013 2 January 2027")]
    [InlineData("2026-12-10", "2026-12-01", "10 December 2026")]
    public void Format_WritesACompactRange(string start, string? end, string expected) =>
        Assert.Equal(expected, ConferenceDates.Format(DateOnly.Parse(start, CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, CultureInfo.InvariantCulture), English));

    [Theory]
    [InlineData("2026-12-10", null, "2026年12月10日")]
    [InlineData("2026-12-10", "2026-12-12", "2026年12月10日至12日")]
    [InlineData("2027-05-30", "2027-06-02", "2027年5月30日至6月2日")]
    [InlineData("2026-12-30", "2027-01-02", "2026年12月30日至2027年1月2日")]
    public void Format_InChinese_WritesYearMonthDayWithTheirCharacters(string start, string? end, string expected) =>
        Assert.Equal(expected, ConferenceDates.Format(DateOnly.Parse(start, CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, CultureInfo.InvariantCulture), CultureInfo.GetCultureInfo("zh-CN")));

    [Fact]
    public void Format_ReturnsNull_WhenTheStartIsUnknown() =>
        Assert.Null(ConferenceDates.Format(null, new DateOnly(2026, 12, 1), English));
}
