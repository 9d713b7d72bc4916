using Microsoft.Extensions.Time.Testing;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.UnitTests;

public class ApplicationWindowTests
{
    private static readonly DateOnly Opens = new(2027, 3, 1);
    private static readonly DateOnly Closes = new(2027, 3, 31);

    [Fact]
    public void Evaluate_IsNone_WhenNoDatesAreSet() =>
        Assert.Equal(ApplicationStatus.None, ApplicationWindow.Evaluate(null, null, new DateOnly(2027, 3, 15)));

    [Fact]
    public void Evaluate_OpensOn_TheDayBeforeOpening() =>
        Assert.Equal(new ApplicationStatus(ApplicationState.NotYetOpen, Opens), ApplicationWindow.Evaluate(Opens, Closes, Opens.AddDays(-1)));

    [Fact]
    public void Evaluate_OpenUntilTheClosingDay_OnTheOpeningDay() =>
        Assert.Equal(new ApplicationStatus(ApplicationState.Open, Closes), ApplicationWindow.Evaluate(Opens, Closes, Opens));

    [Fact]
    public void Evaluate_IsStillOpen_OnTheClosingDay() =>
        Assert.Equal(new ApplicationStatus(ApplicationState.Open, Closes), ApplicationWindow.Evaluate(Opens, Closes, Closes));

    [Fact]
    public void Evaluate_IsClosed_TheDayAfterClosing() =>
        Assert.Equal(ApplicationState.Closed, ApplicationWindow.Evaluate(Opens, Closes, Closes.AddDays(1)).State);

    [Fact]
    public void Evaluate_IsOpenUntilTheClosingDay_WhenOnlyClosesIsSet()
    {
        Assert.Equal(new ApplicationStatus(ApplicationState.Open, Closes), ApplicationWindow.Evaluate(null, Closes, new DateOnly(2020, 1, 1)));
        Assert.Equal(new ApplicationStatus(ApplicationState.Open, Closes), ApplicationWindow.Evaluate(null, Closes, Closes));
        Assert.Equal(ApplicationState.Closed, ApplicationWindow.Evaluate(null, Closes, Closes.AddDays(1)).State);
    }

    [Fact]
    public void Evaluate_WhenOnlyOpensIsSet_OpensOnBeforeAndOpenWithoutEndFromTheOpeningDay()
    {
        Assert.Equal(new ApplicationStatus(ApplicationState.NotYetOpen, Opens), ApplicationWindow.Evaluate(Opens, null, Opens.AddDays(-1)));
        Assert.Equal(new ApplicationStatus(ApplicationState.Open, null), ApplicationWindow.Evaluate(Opens, null, Opens));
        Assert.Equal(new ApplicationStatus(ApplicationState.Open, null), ApplicationWindow.Evaluate(Opens, null, Opens.AddYears(5)));
    }

    [Theory]
    [InlineData("2027-02-28T15:59:59Z", "2027-02-28")] // 23:59:59 in Nanjing
    [InlineData("2027-02-28T16:00:00Z", "2027-03-01")] // midnight in Nanjing
    [InlineData("2027-03-01T00:00:00Z", "2027-03-01")]
    public void TodayInNanjing_IsTheDateInChinaStandardTime(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ApplicationWindow.TodayInNanjing(clock));
    }

    [Fact]
    public void Window_OpensAtMidnightNanjingTime_NotMidnightUtc()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 2, 28, 15, 59, 0, TimeSpan.Zero));
        Assert.Equal(ApplicationState.NotYetOpen, ApplicationWindow.Evaluate(Opens, Closes, ApplicationWindow.TodayInNanjing(clock)).State);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(ApplicationState.Open, ApplicationWindow.Evaluate(Opens, Closes, ApplicationWindow.TodayInNanjing(clock)).State);
    }
}
