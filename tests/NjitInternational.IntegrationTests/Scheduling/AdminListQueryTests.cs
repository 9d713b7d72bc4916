using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>The admin list reads its rows and their schedule badges in one query (plus the count).</summary>
public class AdminListQueryTests(QueryCountingSiteFactory site) : IClassFixture<QueryCountingSiteFactory>
{
    [Fact]
    public async Task PartnerList_ShowsScheduleBadges_FromTheRowQuery_WithNoSecondQuery()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var publishAt = SiteFactory.DefaultNow.UtcDateTime.AddDays(3);
        var ids = await site.WithDbAsync(async db =>
        {
            // The first rows of the list's first page (it sorts by name).
            var partners = await db.Partners.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(3).ToListAsync();
            Assert.All(partners, p => Assert.Null(p.PublishAtUtc ?? p.UnpublishAtUtc));
            partners[0].Status = PublicationStatus.Draft;
            partners[0].PublishAtUtc = publishAt;
            partners[1].Status = PublicationStatus.Published;
            partners[1].UnpublishAtUtc = publishAt;
            await db.SaveChangesAsync();
            return partners.Select(p => p.Id).ToList();
        });

        var (response, _) = await site.GetCountingQueriesAsync(client, "/admin/partners?page=1");
        var partnerReads = site.Queries.Commands.Count(c => c.Contains("FROM \"Partners\"", StringComparison.Ordinal));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The count and the page of rows, schedule columns included: no query just for the badges.
        Assert.Equal(2, partnerReads);
        string Badge(int id) => page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector($"a[href='/admin/partners/{id}/edit']") is not null)
            .QuerySelector(".schedule-badge")?.TextContent.Trim() ?? "none";
        Assert.Equal("Scheduled", Badge(ids[0]));
        Assert.Equal("Live", Badge(ids[1]));
        Assert.Equal("none", Badge(ids[2]));
    }
}
