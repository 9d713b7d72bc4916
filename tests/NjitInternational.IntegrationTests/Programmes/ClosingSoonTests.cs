using AngleSharp.Dom;
using NjitInternational.IntegrationTests.Calendars;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Programmes;

/// <summary>
/// "Applications closing soon" on the home and study-abroad pages. The site's clock is 28 November
/// 2026, 17:00 in Nanjing, so the block covers closing days 28 November to 28 December 2026.
/// </summary>
public class ClosingSoonTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => site.WithDbAsync(db => ClosingSoonData.AddAsync(db));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HomePage_ListsWindowsClosingWithin30Days_SoonestFirst_WithTheirDates()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en");

        Assert.Equal(
            ["Soon Today", "Soon Incoming", "Soon Abroad", "Soon Boundary"],
            ClosingSoonData.Titles(page));
        Assert.Equal("Applications closing soon", page.QuerySelector("[data-closing-soon] h2")!.NormalizedText());
        var first = page.QuerySelector("[data-closing-soon] li")!;
        Assert.Equal("/en/programmes/soon-today", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2026-11-28", first.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Closes on 28 November 2026", first.QuerySelector("time")!.NormalizedText());
    }

    [Fact]
    public async Task HomePage_InChinese_ShowsChineseTitlesAndDates()
    {
        var page = await site.CreateClient().GetHtmlAsync("/zh");

        Assert.Equal("即将截止申请", page.QuerySelector("[data-closing-soon] h2")!.NormalizedText());
        var abroad = page.QuerySelectorAll("[data-closing-soon] li").Single(li => li.TextContent.Contains("即将出国项目", StringComparison.Ordinal));
        Assert.Equal("/zh/programmes/soon-abroad", abroad.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2026年12月20日截止", abroad.QuerySelector("time")!.NormalizedText());
    }

    [Theory]
    [InlineData("en", "Soon Abroad")]
    [InlineData("zh", "即将出国项目")]
    public async Task StudyAbroadPage_ListsOnlyProgrammesForStudentsGoingAbroad(string culture, string abroadTitle)
    {
        var page = await site.CreateClient().GetHtmlAsync($"/{culture}/study-abroad");

        Assert.Equal(["Soon Today", abroadTitle, "Soon Boundary"], ClosingSoonData.Titles(page));
    }

    [Fact]
    public async Task ClosedDraftAndLaterWindows_AreLeftOut()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en");
        var text = page.QuerySelector("[data-closing-soon]")!.TextContent;

        Assert.DoesNotContain("Soon Closed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Soon Draft", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Soon Past Boundary", text, StringComparison.Ordinal);
    }
}

/// <summary>Starts with no window at all, then moves the clock: a class (and site) of its own.</summary>
public class ClosingSoonDayChangeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Block_IsAbsentWithoutWindows_AndFollowsTheDayInNanjing()
    {
        var client = site.CreateClient();
        foreach (var url in new[] { "/en", "/zh", "/en/study-abroad", "/zh/study-abroad" })
        {
            var empty = await client.GetHtmlAsync(url);
            Assert.Null(empty.QuerySelector("[data-closing-soon]"));
            Assert.DoesNotContain("closing soon", empty.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("即将截止申请", empty.Body!.TextContent, StringComparison.Ordinal);
        }

        await site.WithDbAsync(db => ClosingSoonData.AddAsync(db));
        Assert.Equal(["Soon Today", "Soon Incoming", "Soon Abroad", "Soon Boundary"], ClosingSoonData.Titles(await client.GetHtmlAsync("/en")));

        // 16:00 UTC is midnight in Nanjing: 29 November there, so "today" has closed and the
        // 30-day range now reaches 29 December.
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(["Soon Incoming", "Soon Abroad", "Soon Boundary", "Soon Past Boundary"], ClosingSoonData.Titles(await client.GetHtmlAsync("/en")));
    }
}

internal static class ClosingSoonData
{
    public static async Task AddAsync(AppDbContext db)
    {
        if (db.Programmes.Any(p => p.Slug == "soon-today"))
        {
            return;
        }

        var abroad = CalendarTests.Programme("soon-abroad", "Soon Abroad", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 20), titleZh: "即将出国项目");
        db.Programmes.AddRange(
            abroad,
            CalendarTests.Programme("soon-incoming", "Soon Incoming", ProgrammeKind.InternationalDegree, ProgrammeDirection.Inbound, null, new DateOnly(2026, 12, 1)),
            CalendarTests.Programme("soon-today", "Soon Today", ProgrammeKind.Exchange, ProgrammeDirection.Both, null, new DateOnly(2026, 11, 28)),
            CalendarTests.Programme("soon-boundary", "Soon Boundary", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, null, new DateOnly(2026, 12, 28)),
            CalendarTests.Programme("soon-past-boundary", "Soon Past Boundary", ProgrammeKind.Exchange, ProgrammeDirection.Inbound, null, new DateOnly(2026, 12, 29)),
            CalendarTests.Programme("soon-closed", "Soon Closed", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, null, new DateOnly(2026, 11, 27)),
            CalendarTests.Programme("soon-draft", "Soon Draft", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, null, new DateOnly(2026, 12, 5), PublicationStatus.Draft));
        await db.SaveChangesAsync();
    }

    public static List<string> Titles(IDocument page) =>
        [.. page.QuerySelectorAll("[data-closing-soon] li a").Select(a => a.NormalizedText())];
}
