using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Programmes;

/// <summary>500 partners and 500 programmes on top of the seed; pages must not run a query per row.</summary>
public sealed class LargeProgrammeSite : QueryCountingSiteFactory, IAsyncLifetime
{
    public Task InitializeAsync() => WithDbAsync(db => LargeDataSet.AddAsync(db, 500, 500));

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class ProgrammeQueryBudgetTests(LargeProgrammeSite site) : IClassFixture<LargeProgrammeSite>
{
    // Catalogue: kind facets, direction facets, count, page rows (partners joined), and the partner,
    // country, discipline and language options: 8.
    private const int CatalogueBudget = 8;
    private const int ProgrammePageBudget = 2; // the programme with its partners, the news about it
    // Page text, kind counts, the first programmes of each kind shown (five kinds), and enquiry options
    // (study at NJIT) or applications closing soon (study abroad): 8 at most, however many programmes there are.
    private const int LandingPageBudget = 8;
    private const int HomeBudget = 10; // overview, 5 figures, programmes, conferences, latest news, applications closing soon

    [Theory]
    [InlineData("/en/programmes", CatalogueBudget)]
    [InlineData("/en/programmes?kind=exchange&direction=abroad&country=QB&language=English&q=synthetic&page=2", CatalogueBudget)]
    [InlineData("/en/programmes?partner=synthetic-university-0042&discipline=Synthetic+Discipline+06", CatalogueBudget)]
    [InlineData("/en/programmes/synthetic-programme-0042", ProgrammePageBudget)]
    [InlineData("/en/study-abroad", LandingPageBudget)]
    [InlineData("/en/study-at-njit", LandingPageBudget)]
    [InlineData("/", HomeBudget)]
    public async Task Page_StaysWithinItsQueryBudget_With500PartnersAnd500Programmes(string url, int budget)
    {
        var (response, queries) = await site.GetCountingQueriesAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(queries <= budget, $"{url} ran {queries} queries (budget {budget}):\n{string.Join("\n---\n", site.Queries.Commands)}");
    }

    [Fact]
    public async Task Catalogue_PagesTwentyAtATime_AndClampsAPageBeyondTheEnd()
    {
        var client = site.CreateClient();

        var first = await client.GetHtmlAsync("/en/programmes?q=synthetic");
        Assert.Equal(20, first.QuerySelectorAll(".programme-item").Length);
        Assert.Equal("Programmes 1–20 of 500", first.QuerySelector("[data-result-count]")!.NormalizedText());
        Assert.Equal("/en/programmes?q=synthetic&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));

        var second = await client.GetHtmlAsync("/en/programmes?q=synthetic&page=2");
        Assert.Equal("Synthetic Programme 0021", second.QuerySelector(".programme-title")!.NormalizedText());

        var beyond = await client.GetHtmlAsync("/en/programmes?q=synthetic&page=999");
        Assert.Equal("Page 25 of 25", beyond.QuerySelector(".pager span")!.NormalizedText());
        Assert.Equal("Synthetic Programme 0500", beyond.QuerySelectorAll(".programme-title")[^1].NormalizedText());
    }

    [Theory]
    [InlineData("/en/study-abroad", "abroad")]
    [InlineData("/en/study-at-njit", "to-njit")]
    public async Task LandingPages_ListTenProgrammesPerKind_AndLinkToTheRestInTheCatalogue(string url, string direction)
    {
        var client = site.CreateClient();
        var page = await client.GetHtmlAsync(url);

        var seeAll = page.QuerySelectorAll("a[data-see-all]").ToList();
        Assert.NotEmpty(seeAll);
        Assert.True(page.QuerySelectorAll("[data-programme-list] li > a:not([data-see-all])").Length <= 10 * 5);
        foreach (var link in seeAll)
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith($"/en/programmes?direction={direction}&kind=", href, StringComparison.Ordinal);
            var total = int.Parse(System.Text.RegularExpressions.Regex.Match(link.TextContent, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(total > 10, $"{href} offers {total}, which all fit on the page");

            // The catalogue behind the link holds exactly the number the link promises.
            var catalogue = await client.GetHtmlAsync(href);
            Assert.EndsWith($" of {total}", catalogue.QuerySelector("[data-result-count]")!.NormalizedText(), StringComparison.Ordinal);
        }
    }
}
