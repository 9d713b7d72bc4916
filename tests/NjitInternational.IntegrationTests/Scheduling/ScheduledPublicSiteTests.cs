using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using static NjitInternational.IntegrationTests.Scheduling.SchedulingTestSupport;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>A scheduled draft stays out of every public page until its moment, then appears before the scheduler runs.</summary>
public class ScheduledDraftPublicSiteTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Slug = "university-of-strathclyde";

    private static async Task<bool> ListedEverywhereAsync(HttpClient client)
    {
        var directory = await client.GetHtmlAsync("/en/partners?q=strathclyde");
        var search = await client.GetHtmlAsync("/en/search?q=strathclyde");
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var inDirectory = directory.QuerySelector($"a[href='/en/partners/{Slug}']") is not null;
        var inSearch = search.QuerySelector($"a[href='/en/partners/{Slug}']") is not null;
        var inSitemap = sitemap.Contains($"/en/partners/{Slug}<", StringComparison.Ordinal);
        Assert.True(inDirectory == inSearch && inSearch == inSitemap, $"directory {inDirectory}, search {inSearch}, sitemap {inSitemap} disagree");
        return inDirectory;
    }

    [Fact]
    public async Task ScheduledDraft_Is404AndUnlisted_UntilItsPublishTime_ThenVisibleBeforeTheSchedulerRuns_WhichPublishesItOnce()
    {
        var publishAt = Now(site).AddDays(1);
        var id = await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == Slug);
            partner.Status = PublicationStatus.Draft;
            partner.PublishAtUtc = publishAt;
            await db.SaveChangesAsync();
            return partner.Id;
        });
        var client = site.CreateClient();

        using (var before = await client.GetAsync(new Uri($"/en/partners/{Slug}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        Assert.False(await ListedEverywhereAsync(client));
        Assert.Equal(0, await RunSchedulerAsync(site));

        site.Clock.Advance(TimeSpan.FromDays(1));

        using (var after = await client.GetAsync(new Uri($"/en/partners/{Slug}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }

        Assert.True(await ListedEverywhereAsync(client));
        Assert.Equal(PublicationStatus.Draft, await site.WithDbAsync(db => db.Partners.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));

        Assert.Equal(1, await RunSchedulerAsync(site));
        Assert.Equal(0, await RunSchedulerAsync(site));

        var stored = await site.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(PublicationStatus.Published, stored.Status);
        Assert.Null(stored.PublishAtUtc);
        Assert.Equal("scheduler", stored.UpdatedBy);
        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Partner" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(("scheduler", "Publish"), (entry.UserName, entry.Action));
        Assert.True(await ListedEverywhereAsync(client));
    }
}

/// <summary>An unpublish time hides a page at that moment; the scheduler then archives it.</summary>
public class ScheduledUnpublishTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task PublishedPage_DisappearsAtItsUnpublishTime_AndTheSchedulerArchivesIt()
    {
        var id = await site.WithDbAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Slug == "staff-mobility");
            page.UnpublishAtUtc = Now(site).AddHours(2);
            await db.SaveChangesAsync();
            return page.Id;
        });
        var client = site.CreateClient();
        var url = new Uri("/en/about/staff-mobility", UriKind.Relative);

        using (var before = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        site.Clock.Advance(TimeSpan.FromHours(2));

        using (var after = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        }

        Assert.DoesNotContain("/en/about/staff-mobility", await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(1, await RunSchedulerAsync(site));
        Assert.Equal(PublicationStatus.Archived, await site.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
        Assert.Equal(1, await SchedulerAuditCountAsync(site, "Page", id));
    }
}

/// <summary>After downtime the scheduler catches up on everything that fell due, in one run.</summary>
public class SchedulerCatchUpTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SchedulerRun_AfterDowntime_AppliesEveryDueTime()
    {
        var start = Now(site);
        var (conferenceId, professorId) = await site.WithDbAsync(async db =>
        {
            var conference = await db.Conferences.OrderBy(c => c.Id).FirstAsync();
            conference.Status = PublicationStatus.Draft;
            conference.PublishAtUtc = start.AddHours(1);
            var professor = await db.VisitingProfessors.OrderBy(v => v.Id).FirstAsync();
            professor.PublishAtUtc = start.AddHours(2);
            professor.Status = PublicationStatus.Draft;
            professor.UnpublishAtUtc = start.AddHours(3);
            await db.SaveChangesAsync();
            return (conference.Id, professor.Id);
        });

        site.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(2, await RunSchedulerAsync(site));
        var statuses = await site.WithDbAsync(async db => (
            await db.Conferences.Where(c => c.Id == conferenceId).Select(c => c.Status).SingleAsync(),
            await db.VisitingProfessors.Where(v => v.Id == professorId).Select(v => v.Status).SingleAsync()));
        Assert.Equal((PublicationStatus.Published, PublicationStatus.Archived), statuses);
    }
}
