using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Students;

/// <summary>Link previews (Open Graph), the readable sitemap and empty states, in both languages.</summary>
public class LinkPreviewAndSitemapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("en", "en_GB")]
    [InlineData("zh", "zh_CN")]
    public async Task OpenGraph_HasARealLocale_TheSiteInTheTitle_AndAnAbsoluteDefaultImage(string culture, string locale)
    {
        var page = await site.CreateClient().GetHtmlAsync($"/{culture}/partners");

        Assert.Equal(locale, page.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        var ogTitle = page.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!;
        var siteName = page.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content")!;
        Assert.EndsWith(" – " + siteName, ogTitle, StringComparison.Ordinal);
        var image = page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.True(Uri.TryCreate(image, UriKind.Absolute, out var imageUri), image);
        using var fetched = await site.CreateClient().GetAsync(imageUri.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
    }

    [Theory]
    [InlineData("en", "Sitemap", "Programmes")]
    [InlineData("zh", "网站地图", "项目")]
    public async Task TheFooterSitemapLink_OpensAReadablePage_ListingSectionsAndContent(string culture, string heading, string programmes)
    {
        var client = site.CreateClient();
        var home = await client.GetHtmlAsync($"/{culture}/");
        var href = home.QuerySelectorAll("footer a").Single(a => a.NormalizedText() == heading).GetAttribute("href")!;
        Assert.Equal($"/{culture}/sitemap", href);

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(heading, page.QuerySelector("h1")!.NormalizedText());
        Assert.Contains(page.QuerySelectorAll("[data-sitemap-sections] a"), a => a.NormalizedText() == programmes && a.GetAttribute("href") == $"/{culture}/programmes");
        Assert.Contains(page.QuerySelectorAll("[data-sitemap-section='Programmes'] a"), a => a.GetAttribute("href") == $"/{culture}/programmes/njit-oulu-school");
        Assert.Contains(page.QuerySelectorAll("[data-sitemap-section='Partners'] a"), a => a.GetAttribute("href") == $"/{culture}/partners/university-of-oulu");

        using var xml = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xml.StatusCode);
    }

    [Theory]
    [InlineData("en", "0 member institutions", "Members not listed yet")]
    [InlineData("zh", "0所成员院校", "成员院校尚未列出")]
    public async Task AnAllianceWithNoMembersListed_DoesNotSayZeroMembers(string culture, string zero, string notListed)
    {
        await site.WithDbAsync(async db =>
        {
            db.Alliances.Add(new NjitInternational.Web.Data.Entities.Alliance
            {
                Name = $"Zeta Empty Alliance {culture}",
                Slug = $"zeta-empty-alliance-{culture}",
                Status = NjitInternational.Web.Data.Entities.PublicationStatus.Published,
            });
            await db.SaveChangesAsync();
        });

        var page = await site.CreateClient().GetHtmlAsync($"/{culture}/alliances");

        var card = page.QuerySelectorAll(".partner-card").Single(c => c.QuerySelector($"a[href='/{culture}/alliances/zeta-empty-alliance-{culture}']") is not null);
        Assert.DoesNotContain(zero, card.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(notListed, card.QuerySelector("[data-member-count]")!.NormalizedText());
    }
}
