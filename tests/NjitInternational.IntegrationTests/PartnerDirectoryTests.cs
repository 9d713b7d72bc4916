using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

/// <summary>The directory over the seed only (8 published partners: GB 3, DE, US, FI, NL, SG 1 each).</summary>
public class PartnerDirectoryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private static List<string> Names(IDocument page) =>
        [.. page.QuerySelectorAll(".partner-card h3 a").Select(a => a.TextContent.Trim())];

    private static int ResultCount(IDocument page)
    {
        var text = page.QuerySelector("[role=status] h2")!.TextContent.Trim();
        return int.Parse(text.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, int> CountryFacets(IDocument page) =>
        page.QuerySelectorAll("input[name=country]").ToDictionary(
            i => i.GetAttribute("value")!,
            i => int.Parse(page.QuerySelector($"label[for='{i.Id}'] .facet-count")!.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture));

    private static Dictionary<string, int> SelectFacets(IDocument page, string name) =>
        page.QuerySelectorAll($"select[name={name}] option")
            .Where(o => o.GetAttribute("value") is { Length: > 0 })
            .ToDictionary(
                o => o.GetAttribute("value")!,
                o => int.Parse(o.TextContent[(o.TextContent.LastIndexOf('(') + 1)..].TrimEnd(')'), System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Directory_ListsEveryVisiblePartner_SortedByName()
    {
        var expected = await site.WithDbAsync(db => db.Partners.Where(p => p.Status == PublicationStatus.Published)
            .Select(p => p.Name).ToListAsync());

        var page = await _client.GetHtmlAsync("/en/partners");

        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(page));
        Assert.Equal(8, ResultCount(page));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("a[href='/en/partners/map']"));
    }

    [Fact]
    public async Task Directory_FiltersByCountry_AndShowsFacetCounts()
    {
        var page = await _client.GetHtmlAsync("/en/partners?country=GB");

        Assert.Equal(["University of Cambridge", "University of Northumbria at Newcastle", "University of Strathclyde"], Names(page));
        Assert.Equal(3, ResultCount(page));
        // The country facet ignores the country filter itself, so every other country stays offered.
        var countries = CountryFacets(page);
        Assert.Equal(new Dictionary<string, int> { ["DE"] = 1, ["FI"] = 1, ["NL"] = 1, ["SG"] = 1, ["GB"] = 3, ["US"] = 1 }, countries);
        Assert.True(page.QuerySelector("input[value=GB]")!.HasAttribute("checked"));
        // The kind facet counts GB partners only.
        var kinds = SelectFacets(page, "kind");
        Assert.Equal(2, kinds["degreeprogrammes"]);
        Assert.Equal(1, kinds["exchange"]);
        Assert.Equal(1, kinds["coursesandinternships"]);
        Assert.Equal(0, kinds["research"]);
        Assert.Equal(3, SelectFacets(page, "region")["europe"]);
    }

    [Fact]
    public async Task Directory_FiltersBySeveralCountries()
    {
        var page = await _client.GetHtmlAsync("/en/partners?country=de&country=FI");

        Assert.Equal(["Magdeburg-Stendal University of Applied Sciences", "University of Oulu"], Names(page));
    }

    [Fact]
    public async Task Directory_FiltersByRegion_AndCountsRegionsAcrossOtherFilters()
    {
        var page = await _client.GetHtmlAsync("/en/partners?region=asia");

        Assert.Equal(["National University of Singapore"], Names(page));
        var regions = SelectFacets(page, "region");
        Assert.Equal(6, regions["europe"]);
        Assert.Equal(1, regions["asia"]);
        Assert.Equal(1, regions["northamerica"]);
        Assert.Equal(0, regions["africa"]);
        Assert.Equal(new Dictionary<string, int> { ["SG"] = 1 }, CountryFacets(page));
    }

    [Fact]
    public async Task Directory_FiltersByKind()
    {
        var page = await _client.GetHtmlAsync("/en/partners?kind=Research");

        Assert.Equal(["University of Oulu"], Names(page));
        Assert.Equal("research", page.QuerySelector("select[name=kind] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Directory_CombinesFilters_AndFacetCountsMatchTheDatabase()
    {
        var page = await _client.GetHtmlAsync("/en/partners?region=europe&kind=exchange&q=university");

        Assert.Equal(["Magdeburg-Stendal University of Applied Sciences", "Saxion University of Applied Sciences", "University of Strathclyde"], Names(page));

        var expectedCountries = await site.WithDbAsync(db => db.Partners
            .Where(p => p.Status == PublicationStatus.Published && p.Country!.WorldRegion == WorldRegion.Europe
                && p.PartnershipKinds.Any(k => k.Kind == PartnershipKind.Exchange))
            .GroupBy(p => p.Country!.IsoCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(expectedCountries, CountryFacets(page));

        var expectedKinds = await site.WithDbAsync(db => db.PartnerPartnershipKinds
            .Where(k => db.Partners.Any(p => p.Id == k.PartnerId && p.Status == PublicationStatus.Published && p.Country!.WorldRegion == WorldRegion.Europe))
            .GroupBy(k => k.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString().ToLowerInvariant(), g => g.Count));
        Assert.Equal(expectedKinds, SelectFacets(page, "kind").Where(k => k.Value > 0).ToDictionary());
    }

    [Theory]
    [InlineData("OULU")]
    [InlineData("oulu")]
    [InlineData("oUlU")]
    public async Task Directory_SearchesNamesCaseInsensitively(string q)
    {
        var page = await _client.GetHtmlAsync($"/en/partners?q={q}");

        Assert.Equal(["University of Oulu"], Names(page));
    }

    [Fact]
    public async Task Directory_SearchesShortNames()
    {
        var page = await _client.GetHtmlAsync("/en/partners?q=nus");

        Assert.Equal(["National University of Singapore"], Names(page));
    }

    [Fact]
    public async Task Directory_SearchTreatsLikeWildcardsAsText()
    {
        var page = await _client.GetHtmlAsync("/en/partners?q=%25");

        Assert.Empty(Names(page));
    }

    [Fact]
    public async Task Directory_SortsByCountry()
    {
        var page = await _client.GetHtmlAsync("/en/partners?sort=country");

        Assert.Equal(
            [
                "University of Oulu", "Magdeburg-Stendal University of Applied Sciences", "Saxion University of Applied Sciences",
                "National University of Singapore", "University of Cambridge", "University of Northumbria at Newcastle",
                "University of Strathclyde", "University of Wisconsin-Milwaukee",
            ],
            Names(page));
    }

    [Fact]
    public async Task Directory_ShowsEmptyState_WithClearFiltersLink()
    {
        var page = await _client.GetHtmlAsync("/en/partners?q=no-such-university-anywhere");

        Assert.Equal(0, ResultCount(page));
        Assert.Contains("No partners match these filters.", page.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/en/partners", page.QuerySelector("a[data-clear-filters]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/en/partners?page=-3")]
    [InlineData("/en/partners?page=abc")]
    [InlineData("/en/partners?page=99999999999999")]
    [InlineData("/en/partners?region=Mars")]
    [InlineData("/en/partners?kind=7")]
    [InlineData("/en/partners?sort=drop%20table")]
    [InlineData("/en/partners?country=%3Cscript%3E&country=GBR")]
    public async Task Directory_IgnoresBadValues(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(8, ResultCount(page));
    }

    [Fact]
    public async Task Directory_CapsAVeryLongSearch()
    {
        var q = "University of Oulu" + new string('x', 4982);
        using var response = await _client.GetAsync(new Uri($"/en/partners?q={q}", UriKind.Relative));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, page.QuerySelector("input[name=q]")!.GetAttribute("value")!.Length);
        Assert.Equal(0, ResultCount(page));
    }
}
