using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport.Calendars;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.BrowserTests;

/// <summary>
/// A student finds a programme, saves its deadline with "Add to calendar", and the file a browser
/// downloads reads back with Python's icalendar. The site's day is 28 November 2026, so the
/// programme (closing 15 December) is also under "Applications closing soon" on the home page.
/// </summary>
public class CalendarBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>, IAsyncLifetime
{
    private const string Slug = "calendar-browser-exchange";
    private const string Title = "Calendar Browser Exchange";

    public Task InitializeAsync() => browser.Site.WithDbAsync(async db =>
    {
        if (db.Programmes.Any(p => p.Slug == Slug))
        {
            return;
        }

        db.Programmes.Add(new Programme
        {
            Slug = Slug,
            Title = Title,
            TitleZh = "日历浏览器交换项目",
            Kind = ProgrammeKind.Exchange,
            Direction = ProgrammeDirection.Outbound,
            ApplicationOpens = new DateOnly(2026, 11, 1),
            ApplicationCloses = new DateOnly(2026, 12, 15),
            Status = PublicationStatus.Published,
        });
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Student_FindsAProgramme_AndAddsItsDeadlineToACalendar()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/en/programmes");
        await page.GetByLabel("Search").First.FillAsync("calendar browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/en/programmes/{Slug}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Add to calendar" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"njit-calendar-{Guid.NewGuid():N}.ics");
        await download.SaveAsAsync(path);
        byte[] file;
        try
        {
            file = await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }

        var calendar = await PythonCalendarParser.ParseAsync(file);
        Assert.Empty(calendar.Problems);
        Assert.Contains("Asia/Shanghai", calendar.TimeZones);
        var close = Assert.Single(calendar.Events, e => e.Summary == $"Applications close: {Title}");
        Assert.Equal("2026-12-15T23:00:00+08:00", close.Start);
        Assert.EndsWith($"/en/programmes/{Slug}", close.Url, StringComparison.Ordinal);
    }

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/en", "/zh", $"/en/programmes/{Slug}", $"/zh/programmes/{Slug}" })
        {
            data.Add(path, 1280);
            data.Add(path, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PagesWithCalendarLinkOrClosingSoon_HaveNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);
        var block = path.Contains("/programmes/", StringComparison.Ordinal) ? "a[data-add-to-calendar]" : "[data-closing-soon]";
        Assert.Equal(1, await page.Locator(block).CountAsync());

        await Accessibility.AssertNoViolationsAsync(page);
    }
}
