using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

public class PartnerMapTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Map_ShadesCountriesWithPartners_AndLinksThemToTheDirectory()
    {
        var page = await _client.GetHtmlAsync("/en/partners/map");

        var gb = page.QuerySelector("svg.world-map a[href='/en/partners?country=GB']")!;
        Assert.Equal("United Kingdom: 3 partners", gb.GetAttribute("aria-label"));
        Assert.Equal("map-bucket-2", gb.GetAttribute("class"));
        Assert.NotNull(gb.QuerySelector("path"));
        Assert.Equal("Germany: 1 partner", page.QuerySelector("svg.world-map a[href='/en/partners?country=DE']")!.GetAttribute("aria-label"));
        // Singapore is a tiny shape: it gets a marker big enough to see and click.
        Assert.NotNull(page.QuerySelector("svg.world-map a[href='/en/partners?country=SG'] circle"));

        var links = page.QuerySelectorAll("svg.world-map a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["/en/partners?country=DE", "/en/partners?country=FI", "/en/partners?country=GB", "/en/partners?country=NL", "/en/partners?country=SG", "/en/partners?country=US"],
            links);
        // Countries without partners are drawn in the hidden base layer only.
        Assert.Equal("true", page.QuerySelector("svg.world-map g.map-base")!.GetAttribute("aria-hidden"));
        Assert.Equal(240, page.QuerySelectorAll("svg.world-map g.map-base path").Length);
        Assert.Null(page.QuerySelector("svg.world-map a[href='/en/partners?country=FR']"));
    }

    [Fact]
    public async Task MapTable_ListsTheSameCounts()
    {
        var page = await _client.GetHtmlAsync("/en/partners/map");

        var table = page.QuerySelector("table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.GetAttribute("data-country")!, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["DE"] = "1", ["FI"] = "1", ["GB"] = "3", ["NL"] = "1", ["SG"] = "1", ["US"] = "1" }, rows);
        Assert.Equal("/en/partners?country=GB", table.QuerySelector("tr[data-country=GB] th[scope=row] a")!.GetAttribute("href"));
        var mapLabels = page.QuerySelectorAll("svg.world-map a").Select(a => a.GetAttribute("aria-label")!.Split(": ")[1].Split(' ')[0]);
        Assert.Equal(rows.Values.Select(int.Parse).Sum(), mapLabels.Select(int.Parse).Sum());
    }
}
