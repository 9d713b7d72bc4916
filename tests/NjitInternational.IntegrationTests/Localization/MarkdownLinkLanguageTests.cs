using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>Links staff write in Markdown as plain paths open in the language the reader is reading.</summary>
public class MarkdownLinkLanguageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task SitePathsInAPageBody_GetThePagesLanguagePrefix_OtherLinksAreLeftAlone(string language)
    {
        await site.WithDbAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Slug == "staff-mobility");
            page.Body = """
                See [Oulu](/partners/university-of-oulu), [programmes](/programmes?kind=exchange),
                [home](/), [already Chinese](/zh/alliances), [the sitemap](/sitemap.xml),
                [staff](/admin) and [elsewhere](https://www.example.org/partners/x).
                """;
            await db.SaveChangesAsync();
        });

        var html = await site.CreateClient().GetHtmlAsync($"/{language}/about/staff-mobility");
        var hrefs = html.QuerySelectorAll("article.prose a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(
            [
                $"/{language}/partners/university-of-oulu",
                $"/{language}/programmes?kind=exchange",
                $"/{language}",
                "/zh/alliances",
                "/sitemap.xml",
                "/admin",
                "https://www.example.org/partners/x",
            ],
            hrefs);
    }
}
