using System.Xml.Linq;
using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.BrowserTests;

/// <summary>A student reads the news and subscribes to its feed; axe-core on the news pages at desktop and phone widths.</summary>
public class NewsBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>, IAsyncLifetime
{
    private const string Slug = "call-for-applications-exchange-2027";
    private const string Title = "Call for applications: exchange semester 2027";

    public Task InitializeAsync() => browser.Site.WithDbAsync(async db =>
    {
        if (db.NewsItems.Any(n => n.Slug == Slug))
        {
            return;
        }

        db.NewsItems.Add(new NewsItem
        {
            Title = Title,
            TitleZh = "2027年交换学期申请通知",
            Slug = Slug,
            PublishedOn = new DateOnly(2026, 11, 20),
            Summary = "Applications for the 2027 exchange semester are open.",
            Body = "Apply through the **international office**.",
            Status = PublicationStatus.Published,
        });
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/en/news", "/en/news/" + Slug, "/zh/news" })
        {
            data.Add(path, 1280);
            data.Add(path, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the {width}px viewport");
    }

    [Fact]
    public async Task Student_OpensTheNews_ReadsAnItem_AndSubscribesToTheFeed()
    {
        var page = await browser.NewPageAsync(390);
        await page.GotoAsync("/en/news");
        await page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await page.WaitForURLAsync("**/en/news/" + Slug);
        Assert.Equal(Title, (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());

        var subscribe = page.GetByRole(AriaRole.Link, new() { Name = "Subscribe to news (Atom feed)" });
        var href = await subscribe.GetAttributeAsync("href");
        Assert.Equal("/en/news/feed.atom", href);
        Assert.EndsWith("/en/news/feed.atom", await page.Locator("head link[rel=alternate][type='application/atom+xml']").GetAttributeAsync("href"), StringComparison.Ordinal);

        var feed = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("application/atom+xml", feed.Headers["content-type"], StringComparison.Ordinal);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var document = XDocument.Parse(await feed.TextAsync());
        Assert.Contains(document.Root!.Elements(atom + "entry"), e => e.Element(atom + "title")?.Value == Title);
    }
}
