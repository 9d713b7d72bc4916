using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using static NjitInternational.IntegrationTests.Scheduling.SchedulingTestSupport;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>
/// The output cache evicts at a scheduled moment (no save announces it): a cached directory shows
/// a partner from its publish time and drops another at its unpublish time, with no scheduler run.
/// </summary>
public class ScheduledCacheTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    private const string Appearing = "/en/partners/university-of-oulu";
    private const string Leaving = "/en/partners/university-of-cambridge";

    private static async Task<(bool Appearing, bool Leaving, bool FromCache)> DirectoryAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/en/partners?q=university", UriKind.Relative));
        var page = await response.ReadHtmlAsync();
        return (page.QuerySelector($"a[href='{Appearing}']") is not null, page.QuerySelector($"a[href='{Leaving}']") is not null, response.Headers.Age.HasValue);
    }

    [Fact]
    public async Task CachedDirectory_FollowsPublishAndUnpublishTimes_AtTheirMoment()
    {
        var now = Now(site);
        await site.WithDbAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Slug == "university-of-oulu")).PublishAtUtc = now.AddHours(1);
            (await db.Partners.SingleAsync(p => p.Slug == "university-of-cambridge")).UnpublishAtUtc = now.AddHours(2);
            await db.SaveChangesAsync();
        });
        var client = site.CreateClient();

        await DirectoryAsync(client);
        Assert.Equal((false, true, true), await DirectoryAsync(client));

        site.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await EventuallyAsync(async () => (await DirectoryAsync(client)) is (true, true, _)), "the partner did not appear at its publish time");

        // Cached again, then the next moment evicts it.
        Assert.Equal((true, true, true), await DirectoryAsync(client));
        site.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await EventuallyAsync(async () => (await DirectoryAsync(client)) is (true, false, _)), "the partner did not disappear at its unpublish time");
    }
}
