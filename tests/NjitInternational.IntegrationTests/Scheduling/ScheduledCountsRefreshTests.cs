using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using static NjitInternational.IntegrationTests.Scheduling.SchedulingTestSupport;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>
/// A scheduled moment is a content change like a save: it refreshes the directory's cached counts
/// at once, not when the minute in their key runs out (the rows, read live, would otherwise show a
/// partner the total does not count).
/// </summary>
public class ScheduledCountsRefreshTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static async Task<(int Total, bool Listed)> DirectoryAsync(HttpClient client)
    {
        var page = await client.GetHtmlAsync("/en/partners?q=oulu");
        var heading = page.QuerySelector("[role=status] h2")!.TextContent.Trim();
        return (int.Parse(heading.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("a[href='/en/partners/university-of-oulu']") is not null);
    }

    [Fact]
    public async Task AScheduledPublishMoment_RefreshesTheCachedDirectoryCounts_WithinTheSameMinute()
    {
        var publishAt = Now(site).AddSeconds(30);
        await site.WithDbAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Slug == "university-of-oulu")).PublishAtUtc = publishAt;
            await db.SaveChangesAsync();
        });
        var client = site.CreateClient();

        // Hidden until its publish time; the counts for this filter are now cached for the minute.
        Assert.Equal((0, false), await DirectoryAsync(client));
        Assert.Equal((0, false), await DirectoryAsync(client));

        site.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(
            await EventuallyAsync(async () => await DirectoryAsync(client) == (1, true)),
            $"at its publish time the directory must list the partner and count it: {await DirectoryAsync(client)}");
    }
}
