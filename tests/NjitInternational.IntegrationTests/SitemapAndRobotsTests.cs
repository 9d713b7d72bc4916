using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

/// <summary>Adds drafts, so it has a site of its own.</summary>
public class SitemapAndRobotsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly string[] LanguagePrefixes = ["/en", "/zh"];

    [Fact]
    public async Task Sitemap_ListsEveryPublishedPage_WithLastmod_AndNoDraftOrSearch()
    {
        await site.WithDbAsync(async db =>
        {
            db.VisitingProfessors.Add(new VisitingProfessor { Name = "Test Draft", Slug = "sitemap-draft-professor", Status = PublicationStatus.Draft });
            db.Conferences.Add(new Conference { Title = "Test Archived", Slug = "sitemap-archived-conference", Status = PublicationStatus.Archived });
            db.Pages.Add(new Page { Title = "Test Draft Page", Slug = "sitemap-draft-page", Status = PublicationStatus.Draft });
            db.Conferences.Add(new Conference { Title = "Test <&> Conference", Slug = "sitemap-published-conference", Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        });
        var expected = await site.WithDbAsync(async db =>
        {
            var published = PublicationStatus.Published;
            var urls = new List<string> { "/", "/partners", "/partners/map", "/alliances", "/programmes", "/visiting-professors", "/conferences", "/news", "/study-abroad", "/study-at-njit" };
            urls.AddRange((await db.Partners.Where(p => p.Status == published && p.Country!.Status == published).Select(p => p.Slug).ToListAsync()).Select(s => "/partners/" + s));
            urls.AddRange((await db.Programmes.Where(p => p.Status == published).Select(p => p.Slug).ToListAsync()).Select(s => "/programmes/" + s));
            urls.AddRange((await db.Alliances.Where(p => p.Status == published).Select(p => p.Slug).ToListAsync()).Select(s => "/alliances/" + s));
            urls.AddRange((await db.VisitingProfessors.Where(p => p.Status == published).Select(p => p.Slug).ToListAsync()).Select(s => "/visiting-professors/" + s));
            urls.AddRange((await db.Conferences.Where(p => p.Status == published).Select(p => p.Slug).ToListAsync()).Select(s => "/conferences/" + s));
            urls.AddRange((await db.Pages.Where(p => p.Status == published && p.Slug != "study-abroad" && p.Slug != "study-at-njit").Select(p => p.Slug).ToListAsync()).Select(s => "/about/" + s));
            // Every page in both languages: /en/... and /zh/... (the home page is /en and /zh).
            return urls.SelectMany(u => LanguagePrefixes.Select(prefix => "http://localhost" + prefix + (u == "/" ? string.Empty : u))).ToHashSet();
        });

        using var response = await site.CreateClient().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = xml.Root!.Elements(Ns + "url").ToList();
        var locs = urls.Select(u => u.Element(Ns + "loc")!.Value).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("urlset", xml.Root.Name.LocalName);
        Assert.Equal(expected.Order(StringComparer.Ordinal), locs.Order(StringComparer.Ordinal));
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("http://localhost/en/visiting-professors/shi-jianjun", locs);
        Assert.Contains("http://localhost/en/partners/university-of-oulu", locs);
        Assert.DoesNotContain(locs, l => l.Contains("sitemap-draft", StringComparison.Ordinal) || l.Contains("sitemap-archived", StringComparison.Ordinal));
        Assert.DoesNotContain("http://localhost/en/search", locs);
        var detailUrls = urls.Where(u => u.Element(Ns + "loc")!.Value.Count(c => c == '/') > 4).ToList();
        Assert.All(detailUrls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(Ns + "lastmod")?.Value ?? string.Empty));
        Assert.Contains(urls, u => u.Element(Ns + "lastmod")?.Value == SiteFactory.DefaultNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Sitemap_EachPage_ListsItsEnglishAndChineseVersionsAndXDefault_AsXhtmlAlternates()
    {
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        using var response = await site.CreateClient().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Ns + "url").ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url =>
        {
            var loc = new Uri(url.Element(Ns + "loc")!.Value);
            var unprefixed = loc.AbsolutePath["/en".Length..];
            var alternates = url.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.All(url.Elements(xhtml + "link"), l => Assert.Equal("alternate", l.Attribute("rel")?.Value));
            Assert.Equal(["en", "x-default", "zh-CN"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("http://localhost/en" + unprefixed, alternates["en"]);
            Assert.Equal("http://localhost/zh" + unprefixed, alternates["zh-CN"]);
            Assert.Equal("http://localhost" + (unprefixed.Length == 0 ? "/" : unprefixed), alternates["x-default"]);
            Assert.Contains(loc.ToString(), alternates.Values);
        });
        // Each English page's Chinese alternate is itself listed (and the other way round); x-default
        // is the language-negotiating address, which redirects rather than being listed.
        var locs = urls.Select(u => u.Element(Ns + "loc")!.Value).ToHashSet();
        Assert.All(
            urls.SelectMany(u => u.Elements(xhtml + "link")).Where(l => l.Attribute("hreflang")!.Value != "x-default"),
            l => Assert.Contains(l.Attribute("href")!.Value, locs));
    }

    [Theory]
    [InlineData("/en")]
    [InlineData("/zh/partners")]
    [InlineData("/en/partners/university-of-oulu")]
    public async Task Sitemap_XDefaultOfAPage_IsTheSameAsThePageHeadsXDefault(string page)
    {
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var client = site.CreateClient();
        using var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Ns + "url")
            .ToDictionary(u => new Uri(u.Element(Ns + "loc")!.Value).AbsolutePath, u => u.Elements(xhtml + "link").Single(l => l.Attribute("hreflang")!.Value == "x-default").Attribute("href")!.Value);
        var head = (await client.GetHtmlAsync(page)).QuerySelector("link[rel=alternate][hreflang=x-default]")!.GetAttribute("href");

        Assert.Equal(head, sitemap[page]);
    }

    [Fact]
    public async Task Robots_DisallowsAdminAndSearch_AndPointsToTheSitemap()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /search", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Theory]
    [InlineData("/admin", false)]
    [InlineData("/admin/partners", false)]
    [InlineData("/admin/account/sign-in", false)]
    [InlineData("/en/search?q=oulu", false)]
    [InlineData("/zh/search", false)]
    [InlineData("/search?q=oulu", false)]
    [InlineData("/error/404", false)]
    [InlineData("/health/ready", false)]
    [InlineData("/", true)]
    [InlineData("/en", true)]
    [InlineData("/zh/partners/university-of-oulu", true)]
    [InlineData("/en/programmes?kind=joint-degree", true)]
    [InlineData("/en/about/njit", true)]
    [InlineData("/partners.csv", true)]
    [InlineData("/sitemap.xml", true)]
    public async Task Robots_ReadByAFirstMatchParser_KeepsCrawlersOutOfAdminSearchAndErrors_Only(string path, bool allowed)
    {
        var robots = await site.CreateClient().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        var canFetch = await PythonRobotsParser.CanFetchAsync(robots, [path]);

        Assert.Equal(allowed, canFetch[path]);
    }

    [Fact]
    public async Task Robots_HasNoLeadingAllowAll()
    {
        var robots = await site.CreateClient().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.DoesNotContain("Allow: /\n", robots, StringComparison.Ordinal);
    }
}
