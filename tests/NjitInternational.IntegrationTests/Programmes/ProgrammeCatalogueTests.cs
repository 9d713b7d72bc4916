using System.Net;
using AngleSharp.Dom;
using NjitInternational.TestSupport;
using static NjitInternational.IntegrationTests.Programmes.ProgrammeTestData;

namespace NjitInternational.IntegrationTests.Programmes;

public class ProgrammeCatalogueTests(ProgrammeSite site) : IClassFixture<ProgrammeSite>
{
    private const int PublishedCount = 14 + 2; // the seed's programmes plus the two published test ones

    private async Task<(IDocument Page, List<string> Titles)> ListAsync(string url)
    {
        var page = await site.CreateClient().GetHtmlAsync(url);
        var titles = page.QuerySelectorAll(".programme-list .programme-title").Select(e => e.NormalizedText()).ToList();
        return (page, titles);
    }

    [Fact]
    public async Task Catalogue_ListsEveryPublishedProgramme_AndNoDraftOrArchivedOne()
    {
        var (page, titles) = await ListAsync("/en/programmes");

        Assert.Equal(PublishedCount, titles.Count);
        Assert.Equal(PublishedCount.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-result-count]")!.GetAttribute("data-result-count"));
        Assert.DoesNotContain(DraftTitle, titles);
        Assert.DoesNotContain(ArchivedTitle, titles);
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Catalogue_RowShowsKindPartnerStudyModeDurationLanguageAndStatus()
    {
        var (page, _) = await ListAsync("/en/programmes?q=zeta+marine");
        var row = Assert.Single(page.QuerySelectorAll(".programme-item"));
        var text = row.NormalizedText();

        Assert.Contains("Exchange programme", text, StringComparison.Ordinal);
        Assert.Equal("/en/partners/university-of-strathclyde", row.QuerySelector("a[href^='/en/partners/']")!.GetAttribute("href"));
        Assert.Contains("(United Kingdom)", text, StringComparison.Ordinal);
        var facts = row.QuerySelectorAll(".programme-facts div").ToDictionary(d => d.QuerySelector("dt")!.NormalizedText(), d => d.QuerySelector("dd")!.NormalizedText());
        Assert.Equal("2+2", facts["Study mode"]);
        Assert.Equal("4 years", facts["Duration"]);
        Assert.Equal("English", facts["Language"]);
        Assert.Equal("University of Strathclyde (United Kingdom)", facts["Partner"]);
        Assert.Equal("/en/programmes/zeta-marine-robotics", row.QuerySelector(".programme-title a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Catalogue_FiltersByKind()
    {
        var (page, titles) = await ListAsync("/en/programmes?kind=exchange");

        Assert.Equal(6, titles.Count); // four partners' exchange programmes, the inbound one and the test one
        Assert.All(page.QuerySelectorAll(".programme-item .programme-kind"), k => Assert.StartsWith("Exchange programme", k.NormalizedText(), StringComparison.Ordinal));
        Assert.Contains(BothTitle, titles);
        Assert.DoesNotContain(GermanTitle, titles);
    }

    [Fact]
    public async Task Catalogue_DirectionAbroad_ListsOutboundAndBoth()
    {
        var (_, titles) = await ListAsync("/en/programmes?direction=abroad");

        Assert.Equal(
            ["Courses and internships at the National University of Singapore", "Courses and internships at the University of Cambridge", BothTitle],
            titles);
    }

    [Fact]
    public async Task Catalogue_DirectionToNjit_ListsInboundAndBoth()
    {
        var (_, titles) = await ListAsync("/en/programmes?direction=to-njit");

        Assert.Equal(
            ["Degree programmes for international students", "Exchange programmes for international students", GermanTitle, BothTitle],
            titles);
    }

    [Fact]
    public async Task Catalogue_FiltersByPartner()
    {
        var (_, titles) = await ListAsync("/en/programmes?partner=university-of-strathclyde");

        Assert.Equal(
            ["Exchange programmes with University of Strathclyde", "International degree programmes with University of Strathclyde", BothTitle],
            titles);
    }

    [Theory]
    [InlineData("DE")]
    [InlineData("de")]
    public async Task Catalogue_FiltersByCountryOfAPartner(string country)
    {
        var (_, titles) = await ListAsync("/en/programmes?country=" + country);

        Assert.Equal(
            ["Exchange programmes with Magdeburg-Stendal University of Applied Sciences", "International degree programmes with Magdeburg-Stendal University of Applied Sciences", GermanTitle],
            titles);
    }

    [Fact]
    public async Task Catalogue_FiltersByDiscipline()
    {
        var (_, titles) = await ListAsync("/en/programmes?discipline=Marine+Robotics");

        Assert.Equal([GermanTitle, BothTitle], titles);
    }

    [Fact]
    public async Task Catalogue_FiltersByLanguage()
    {
        var (_, titles) = await ListAsync("/en/programmes?language=German");

        Assert.Equal([GermanTitle], titles);
    }

    [Theory]
    [InlineData("NORTHUMBRIA", "Electrical Engineering and Automation (with Northumbria)")] // title, any case
    [InlineData("software engineering", "NJIT-Oulu School")] // discipline
    [InlineData("UnderWater", BothTitle)] // summary
    [InlineData("100%", BothTitle)] // % is matched literally
    public async Task Catalogue_SearchesTitleDisciplineAndSummary_IgnoringCase(string q, string expected)
    {
        var (_, titles) = await ListAsync("/en/programmes?q=" + Uri.EscapeDataString(q));

        Assert.Equal([expected], titles);
    }

    [Fact]
    public async Task Catalogue_CombinesFilters()
    {
        var (_, titles) = await ListAsync("/en/programmes?kind=exchange&direction=abroad&country=GB&language=English&discipline=Marine+Robotics&partner=university-of-strathclyde&q=robot");
        Assert.Equal([BothTitle], titles);

        var (_, none) = await ListAsync("/en/programmes?kind=exchange&country=DE&direction=abroad");
        Assert.Empty(none);
    }

    [Fact]
    public async Task Catalogue_ShowsKindAndDirectionFacetCounts_ForTheOtherFilters()
    {
        var (page, _) = await ListAsync("/en/programmes?direction=to-njit");

        string Option(string select, string value) => page.QuerySelector($"select#{select} option[value='{value}']")!.NormalizedText();
        Assert.Equal("Exchange programme (2)", Option("kind", "exchange"));
        Assert.Equal("International degree programme (2)", Option("kind", "international-degree"));
        Assert.Equal("Courses and internships (0)", Option("kind", "courses-and-internships"));
        Assert.Equal("NJIT students going abroad (3)", Option("direction", "abroad"));
        Assert.Equal("International students coming to NJIT (4)", Option("direction", "to-njit"));
        Assert.True(page.QuerySelector("select#direction option[value='to-njit']")!.HasAttribute("selected"));
    }

    [Fact]
    public async Task Catalogue_OffersOnlyValuesOfPublishedProgrammes()
    {
        var (page, _) = await ListAsync("/en/programmes");

        var languages = page.QuerySelectorAll("select#language option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "English", "German"], languages);
        var partners = page.QuerySelectorAll("select#partner option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("university-of-oulu", partners);
        Assert.Equal(9, partners.Count); // "all" plus the 8 seeded partners, each with a programme
    }

    [Fact]
    public async Task Catalogue_SaysSoAndOffersToClearFilters_WhenNothingMatches()
    {
        var (page, titles) = await ListAsync("/en/programmes?q=no-such-programme-anywhere&kind=exchange");

        Assert.Empty(titles);
        Assert.Contains("No published programme matches these filters.", page.QuerySelector(".empty-state")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".empty-state a"), a => a.GetAttribute("href") == "/en/programmes" && a.NormalizedText() == "Clear filters");
    }

    [Theory]
    [InlineData("page=-3")]
    [InlineData("page=abc")]
    [InlineData("page=99999999999999999999")]
    [InlineData("kind=unknown-kind")]
    [InlineData("direction=sideways")]
    [InlineData("country=XYZW")]
    [InlineData("partner=%00%27%22")]
    [InlineData("q=%25%5B_%5C")]
    public async Task Catalogue_AnswersBadValuesWithoutAnError(string query)
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/programmes?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Catalogue_AcceptsA5000CharacterQuery()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/programmes?q=" + new string('a', 5000), UriKind.Relative));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(100, page.QuerySelector("input#q")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task Catalogue_UnknownKindIsIgnored_NotAnEmptyList()
    {
        var (_, titles) = await ListAsync("/en/programmes?kind=unknown-kind&page=-3");

        Assert.Equal(PublishedCount, titles.Count);
    }
}
