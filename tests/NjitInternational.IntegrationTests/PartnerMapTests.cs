using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

/// <summary>
/// Without an approved base map (the default) no page draws a map: /partners/map lists the partners
/// by continent and by country or region.
/// </summary>
public class PartnerMapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>Anything that would draw a map: the old Natural Earth SVGs, an approved map, a map image.</summary>
    internal const string AnyMap = "svg.world-map, svg.locator-map, svg.partner-map, figure.approved-map, .map-approval, svg image, img[src*='map']";

    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/en")]
    [InlineData("/zh")]
    [InlineData("/en/partners")]
    [InlineData("/zh/partners")]
    [InlineData("/en/partners/map")]
    [InlineData("/zh/partners/map")]
    [InlineData("/en/partners/university-of-oulu")]
    [InlineData("/zh/partners/university-of-oulu")]
    [InlineData("/en/programmes")]
    [InlineData("/zh/programmes")]
    [InlineData("/en/alliances")]
    [InlineData("/zh/alliances")]
    public async Task NoPage_DrawsAMap_WithoutAnApprovedBaseMap(string url)
    {
        var page = await _client.GetHtmlAsync(url);

        Assert.Empty(page.QuerySelectorAll(AnyMap));
        Assert.DoesNotContain("Natural Earth", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("争议", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BaseMapAddress_IsNotFound_WithoutAnApprovedBaseMap()
    {
        using var response = await _client.GetAsync(new Uri("/partners/map/base-map.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MapPage_ListsPartnersByContinent_AndLinksEachCountryToTheDirectory()
    {
        var page = await _client.GetHtmlAsync("/en/partners/map");

        Assert.Equal("Partners by country and region", page.QuerySelector("h1")!.TextContent);
        var table = page.QuerySelector("table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var rows = table.QuerySelectorAll("tbody tr[data-country]").ToDictionary(r => r.GetAttribute("data-country")!, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["DE"] = "1", ["FI"] = "1", ["GB"] = "3", ["NL"] = "1", ["SG"] = "1", ["US"] = "1" }, rows);
        Assert.Equal("/en/partners?country=GB", table.QuerySelector("tr[data-country=GB] th[scope=row] a")!.GetAttribute("href"));

        // One row group per continent, headed by its name and total, in the directory's order.
        var groups = table.QuerySelectorAll("tbody[data-continent]").Select(g => (
            Name: g.QuerySelector("th[scope=rowgroup]")!.TextContent,
            Total: g.QuerySelector("tr.continent-row td")!.TextContent,
            Countries: string.Join(' ', g.QuerySelectorAll("tr[data-country]").Select(r => r.GetAttribute("data-country"))))).ToList();
        Assert.Equal([("Asia", "1", "SG"), ("Europe", "6", "FI DE NL GB"), ("North America", "1", "US")], groups);
        Assert.Contains("8 partner institutions in 6 countries and regions", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapPage_InChinese_GroupsByContinentWithChineseNames()
    {
        var page = await _client.GetHtmlAsync("/zh/partners/map");

        Assert.Equal("亚洲", page.QuerySelector("tbody[data-continent=Asia] th[scope=rowgroup]")!.TextContent);
        Assert.Equal("芬兰", page.QuerySelector("tr[data-country=FI] th a")!.TextContent);
        Assert.Equal("/zh/partners?country=FI", page.QuerySelector("tr[data-country=FI] th a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/en/partners", "Partners by country and region")]
    [InlineData("/zh/partners", "合作院校国家和地区分布")]
    [InlineData("/en/partners/university-of-oulu", "Partners by country and region")]
    public async Task LinksToTheMapAddress_SayCountryAndRegion_NotWorldMap(string url, string linkText)
    {
        var page = await _client.GetHtmlAsync(url);

        var link = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.EndsWith("/partners/map", StringComparison.Ordinal));
        Assert.Equal(linkText, link.TextContent);
    }

    [Fact]
    public async Task PartnerPage_ShowsCountryAndContinent_WithoutALocatorMap()
    {
        var page = await _client.GetHtmlAsync("/en/partners/university-of-oulu");

        var section = page.QuerySelector("section[aria-labelledby=where-heading]")!;
        Assert.Equal("Location", section.QuerySelector("h2")!.TextContent);
        Assert.Contains("University of Oulu is in Finland (Europe).", section.TextContent, StringComparison.Ordinal);
        Assert.Empty(section.QuerySelectorAll("svg, img"));
    }
}
