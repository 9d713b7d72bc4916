using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

/// <summary>
/// Professors, conferences, about pages, search and the sitemap run a fixed number of SQL queries
/// with 500 partners and 500 programmes in the database. Budgets: one query per list or detail page,
/// two for search (every match's rank, then the texts of the shown hits) and seven for the sitemap
/// (one per public type, News included).
/// </summary>
public class PublicMoreQueryBudgetTests(QueryCountingSiteFactory site) : IClassFixture<QueryCountingSiteFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var hasData = await site.WithDbAsync(db => Task.FromResult(db.Partners.Any(p => p.Slug == "synthetic-university-0001")));
        if (!hasData)
        {
            await site.WithDbAsync(db => LargeDataSet.AddAsync(db, 500, 500));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/en/visiting-professors", 1)]
    [InlineData("/en/visiting-professors/shi-jianjun", 1)]
    [InlineData("/en/conferences", 1)]
    [InlineData("/en/conferences/international-conference-on-big-data-and-security", 1)]
    [InlineData("/en/about/staff-mobility", 1)]
    [InlineData("/en/search", 0)]
    [InlineData("/en/search?q=synthetic", 2)]
    [InlineData("/en/search?q=oulu", 2)]
    [InlineData("/sitemap.xml", 7)]
    public async Task Page_StaysWithinItsQueryBudget_WithALargeDataSet(string url, int budget)
    {
        var client = site.CreateClient();
        var (response, queries) = await site.GetCountingQueriesAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(queries <= budget, $"{url} ran {queries} queries (budget {budget}):\n" + string.Join("\n---\n", site.Queries.Commands));
    }

    [Fact]
    public async Task Search_ShowsTheFirst20OfEachLargeGroup_AndSaysHowManyMatched()
    {
        var page = await SearchReader.SearchAsync(site.CreateClient(), "synthetic");
        var partners = page.QuerySelector("section[data-group=partners]")!;

        Assert.Equal(20, partners.QuerySelectorAll(".search-hits > li").Length);
        Assert.Equal("Partners (500)", partners.QuerySelector("h2")!.NormalizedText());
        Assert.Contains("Showing 20 of 500.", partners.TextContent, StringComparison.Ordinal);
        Assert.Equal(20, page.QuerySelectorAll("section[data-group=programmes] .search-hits > li").Length);
    }

    [Fact]
    public async Task Sitemap_ListsEverySyntheticPartnerAndProgramme()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("/en/partners/synthetic-university-0500</loc>", text, StringComparison.Ordinal);
        Assert.Contains("/en/programmes/synthetic-programme-0500</loc>", text, StringComparison.Ordinal);
    }
}
