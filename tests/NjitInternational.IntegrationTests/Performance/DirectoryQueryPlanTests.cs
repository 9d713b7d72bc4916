using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Performance;

/// <summary>
/// The query a directory page runs on every request (its rows; the counts are cached, see
/// DirectoryCountsCacheTests) is replayed under SQLite's EXPLAIN QUERY PLAN for each index-served
/// filter: it may not read the partners table from end to end (a full scan grows with the table),
/// and the default order must come from an index rather than a sort of every partner. Not covered,
/// by design: the counts themselves (they count every visible partner), the name search (a
/// substring match cannot use a B-tree index) and the country/since sorts (they sort the filtered set).
/// </summary>
public class DirectoryQueryPlanTests(QueryCountingSiteFactory site) : IClassFixture<QueryCountingSiteFactory>
{
    public static TheoryData<string> Urls =>
    [
        "/en/partners",
        "/en/partners?page=3",
        "/en/partners?country=QC",
        "/en/partners?country=QC&country=QD",
        "/en/partners?region=europe",
        "/en/partners?kind=exchange",
        "/en/partners?region=asia&kind=research",
    ];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task DirectoryQueries_ReadNoTableFromEndToEnd(string url)
    {
        var client = await ClientWithDataAsync();

        // The first request of a filter runs its counts (scans by nature, then cached) and its rows
        // (cached too, afterwards): the rows query is the one with a LIMIT.
        site.Queries.Reset();
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var recorded = site.Queries.Recorded.Where(c => c.Sql.Contains("LIMIT", StringComparison.Ordinal)).ToList();
        Assert.Single(recorded);
        foreach (var command in recorded)
        {
            var steps = await QueryPlans.ExplainAsync(site.DatabasePath, command);
            var subqueries = steps.Where(s => s.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || s.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
                .Select(s => s[(s.IndexOf(' ', StringComparison.Ordinal) + 1)..])
                .ToHashSet(StringComparer.Ordinal);
            var scans = steps.Where(s => IsFullScan(s) && !subqueries.Contains(s["SCAN ".Length..])).ToList();
            Assert.True(scans.Count == 0, "Full table scan in:\n" + QueryPlans.Describe(command, steps));
        }
    }

    [Fact]
    public async Task DefaultOrder_IsReadFromAnIndex_NotSorted()
    {
        var client = await ClientWithDataAsync();
        await client.GetAsync(new Uri("/en/partners", UriKind.Relative)); // the counts are cached after this

        site.Queries.Reset();
        await client.GetAsync(new Uri("/en/partners?page=2", UriKind.Relative));

        var rows = Assert.Single(site.Queries.Recorded);
        var steps = await QueryPlans.ExplainAsync(site.DatabasePath, rows);
        Assert.DoesNotContain(steps, s => s.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal) && !s.Contains("RIGHT PART", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("IX_Partners_Name", StringComparison.Ordinal));
    }

    private async Task<HttpClient> ClientWithDataAsync()
    {
        var client = site.CreateClient();
        await client.GetAsync(new Uri("/en", UriKind.Relative));
        await LargeDataSetOnce.EnsureAsync(site);
        return client;
    }

    // "SCAN p" (a table by its alias) reads every row; "SCAN p USING INDEX" walks an index in order and
    // stops at the LIMIT. Scans of a subquery's result (a CO-ROUTINE of one page), table-valued
    // json_each (EF's list parameters) and constant rows are not table scans.
    private static bool IsFullScan(string step) =>
        step.StartsWith("SCAN ", StringComparison.Ordinal)
        && !step.Contains("USING", StringComparison.Ordinal)
        && !step.Contains("json_each", StringComparison.Ordinal)
        && !step.Contains("CONSTANT ROW", StringComparison.Ordinal);

    private static class LargeDataSetOnce
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static readonly HashSet<SiteFactory> Filled = [];

        public static async Task EnsureAsync(SiteFactory site)
        {
            await Gate.WaitAsync();
            try
            {
                if (Filled.Add(site))
                {
                    await site.WithDbAsync(db => LargeDataSet.AddAsync(db, 500, 500));
                }
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}
