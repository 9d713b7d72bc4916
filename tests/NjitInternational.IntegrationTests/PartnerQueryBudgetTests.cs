using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

/// <summary>
/// The partner pages run a fixed number of SQL commands, the same with the seed only and with
/// 500 more partners and programmes (no N+1). Budgets: directory 5 (count, page, three facets),
/// partner page 2 (the partner, the news about it), map 1, alliances list 1, alliance page 1, CSV 1.
/// </summary>
public class PartnerQueryBudgetTests : IClassFixture<QueryCountingSiteFactory>
{
    private const int DirectoryBudget = 5;
    private const int SingleQueryBudget = 1;
    private const int PartnerPageBudget = 2;

    private readonly QueryCountingSiteFactory _site;

    public PartnerQueryBudgetTests(QueryCountingSiteFactory site) => _site = site;

    private static readonly (string Url, int Budget)[] Pages =
    [
        ("/en/partners", DirectoryBudget),
        ("/en/partners?country=QC&country=QD&region=europe&kind=exchange&q=synthetic&sort=since&page=2", DirectoryBudget),
        ("/en/partners/university-of-oulu", PartnerPageBudget),
        ("/en/partners/map", SingleQueryBudget),
        ("/en/alliances", SingleQueryBudget),
        ("/en/alliances/rok-jiangsu-university-alliance", SingleQueryBudget),
        ("/partners.csv", SingleQueryBudget),
    ];

    [Fact]
    public async Task PartnerPages_StayWithinTheirQueryBudget_WithALargeDataSet()
    {
        var client = _site.CreateClient();
        await client.GetAsync(new Uri("/en", UriKind.Relative)); // start-up work (migrations, seed) is not the pages'
        var seedCounts = new List<int>();
        foreach (var (url, _) in Pages)
        {
            var (response, queries) = await _site.GetCountingQueriesAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seedCounts.Add(queries);
        }

        await _site.WithDbAsync(db => LargeDataSet.AddAsync(db, 500, 500));

        for (var i = 0; i < Pages.Length; i++)
        {
            var (url, budget) = Pages[i];
            var (response, queries) = await _site.GetCountingQueriesAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(queries <= budget, $"{url} ran {queries} SQL commands (budget {budget}):\n" + string.Join("\n---\n", _site.Queries.Commands));
            Assert.Equal(seedCounts[i], queries);
        }
    }
}

/// <summary>Paging over 500 synthetic partners; adds them, so it has a site of its own.</summary>
public class PartnerDirectoryPagingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Directory_PagesThroughALargeDataSet()
    {
        await site.WithDbAsync(db => LargeDataSet.AddAsync(db, 500, 0));
        var client = site.CreateClient();

        var page2 = await client.GetHtmlAsync("/en/partners?q=synthetic&page=2");
        var names = page2.QuerySelectorAll(".partner-card h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(20, names.Count);
        Assert.Equal("Synthetic University 0021", names[0]);
        Assert.Equal("Synthetic University 0040", names[^1]);
        Assert.Equal("/en/partners?q=synthetic", page2.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/en/partners?q=synthetic&page=3", page2.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("500 partners", page2.QuerySelector("[role=status] h2")!.TextContent.Trim());

        var beyond = await client.GetHtmlAsync("/en/partners?q=synthetic&page=999");
        Assert.Contains("Page 25 of 25", beyond.QuerySelector(".pagination")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Synthetic University 0500", beyond.QuerySelectorAll(".partner-card h3")[^1].TextContent.Trim());
        Assert.Null(beyond.QuerySelector(".pagination a[rel=next]"));

        var since = await client.GetHtmlAsync("/en/partners?q=synthetic&sort=since");
        // PartnerSince = 2000 + i % 25: the earliest year (2000) belongs to 0025, 0050, ...
        Assert.Equal("Synthetic University 0025", since.QuerySelector(".partner-card h3")!.TextContent.Trim());
    }
}
