using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Performance;

/// <summary>
/// The directory's counts (total and facets) and rows are computed once per filter and kept until a save
/// touching partners or countries commits, or the minute changes (a scheduled time may have passed).
/// </summary>
public class DirectoryCountsCacheTests(QueryCountingSiteFactory site) : IClassFixture<QueryCountingSiteFactory>
{
    [Fact]
    public async Task RepeatedRequest_RunsNoQuery_AndASaveRefreshesCountsAndRows()
    {
        var client = site.CreateClient();
        var first = await client.GetHtmlAsync("/en/partners?region=europe");
        var totalBefore = first.QuerySelector("[role=status] h2")!.TextContent.Trim();

        var (response, queries) = await site.GetCountingQueriesAsync(client, "/en/partners?region=europe");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, queries);

        await site.WithDbAsync(async db =>
        {
            var finland = db.Countries.Single(c => c.IsoCode == "FI");
            db.Partners.Add(new Partner
            {
                Name = "Counts Cache Test University",
                Slug = "counts-cache-test-university",
                Country = finland,
                Status = PublicationStatus.Published,
            });
            await db.SaveChangesAsync();
        });

        var (_, queriesAfterSave) = await site.GetCountingQueriesAsync(client, "/en/partners?region=europe");
        Assert.True(queriesAfterSave > 1, "the save must expire the cached counts");
        var after = await client.GetHtmlAsync("/en/partners?region=europe");
        var totalAfter = after.QuerySelector("[role=status] h2")!.TextContent.Trim();
        Assert.NotEqual(totalBefore, totalAfter);
        Assert.Equal(Count(totalBefore) + 1, Count(totalAfter));
    }

    [Fact]
    public async Task CountsAreRecomputed_WhenTheMinuteChanges()
    {
        var client = site.CreateClient();
        await client.GetAsync(new Uri("/en/partners?kind=exchange", UriKind.Relative));

        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, queries) = await site.GetCountingQueriesAsync(client, "/en/partners?kind=exchange");
        Assert.True(queries > 1, "a new minute must not reuse counts that a passed publish time may have changed");
    }

    private static int Count(string heading) => int.Parse(heading.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
