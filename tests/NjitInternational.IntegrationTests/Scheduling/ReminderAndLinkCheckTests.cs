using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>
/// Agreement end dates and review dates on the dashboard and on /admin/reminders. The test site's
/// today in Nanjing is 2026-11-28.
/// </summary>
public class ReminderTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static List<string> Titles(IDocument page, string table) =>
        [.. page.QuerySelectorAll($"#{table} tbody th a").Select(a => a.TextContent.Trim())];

    [Fact]
    public async Task Dashboard_ListsAgreementsEndingWithin90Days_AndOverdueReviews_AndTheRemindersPageSortsThemAll()
    {
        var (soon, later, ended, overduePage, futureProgramme, overduePageId) = await site.WithDbAsync(async db =>
        {
            var partners = await db.Partners.OrderBy(p => p.Id).Take(3).ToListAsync();
            partners[0].AgreementValidUntil = Today.AddDays(30);
            partners[1].AgreementValidUntil = Today.AddDays(200);
            partners[2].AgreementValidUntil = Today.AddDays(-3);
            var page = await db.Pages.SingleAsync(p => p.Slug == "staff-mobility");
            page.ReviewBy = Today.AddDays(-1);
            var programme = await db.Programmes.OrderBy(p => p.Id).FirstAsync();
            programme.ReviewBy = Today.AddDays(10);
            await db.SaveChangesAsync();
            return (partners[0].Name, partners[1].Name, partners[2].Name, page.Title, programme.Title, page.Id);
        });
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        var dashboard = await client.GetHtmlAsync("/admin");

        Assert.Equal([ended, soon], Titles(dashboard, "expiring-agreements"));
        Assert.Equal([overduePage], Titles(dashboard, "overdue-reviews"));
        Assert.Equal($"/admin/pages/{overduePageId}/edit", dashboard.QuerySelector("#overdue-reviews tbody th a")!.GetAttribute("href"));

        var byDate = await client.GetHtmlAsync("/admin/reminders");
        Assert.Equal([ended, overduePage, futureProgramme, soon, later], Titles(byDate, "reminders"));
        Assert.Equal("ascending", byDate.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));

        var latestFirst = await client.GetHtmlAsync("/admin/reminders?sort=date-desc");
        Assert.Equal([later, soon, futureProgramme, overduePage, ended], Titles(latestFirst, "reminders"));

        var byType = await client.GetHtmlAsync("/admin/reminders?sort=type");
        Assert.Equal([overduePage, ended, soon, later, futureProgramme], Titles(byType, "reminders"));

        // A hostile sort value falls back to the default.
        Assert.Equal(Titles(byDate, "reminders"), Titles(await client.GetHtmlAsync("/admin/reminders?sort=%27%3B--"), "reminders"));
    }
}

/// <summary>Internal Markdown links to missing or unpublished pages, on the dashboard and /admin/link-check.</summary>
public class LinkCheckTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task LinkCheck_ListsLinksToMissingAndUnpublishedPages_WithTheRecord()
    {
        var (pageId, allianceSlug) = await site.WithDbAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Slug == "university-of-strathclyde")).Status = PublicationStatus.Draft;
            var alliance = await db.Alliances.OrderBy(a => a.Id).FirstAsync();
            alliance.Status = PublicationStatus.Draft;
            alliance.PublishAtUtc = new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);
            var page = await db.Pages.SingleAsync(p => p.Slug == "staff-mobility");
            page.Body = $"""
                Fine: [Oulu](/partners/university-of-oulu), [map](/partners/map), [programmes](/programmes?kind=exchange), [study](/about/study-abroad#apply).
                Broken: [Strathclyde](/partners/university-of-strathclyde), [gone](/about/no-such-page), [nowhere](/nowhere),
                [soon](/alliances/{alliance.Slug}), [in Chinese](/zh/partners/university-of-strathclyde).
                Fine in Chinese too: [Oulu](/zh/partners/university-of-oulu).
                Not links: `[x](/about/in-code)` and /about/plain.
                """;
            await db.SaveChangesAsync();
            return (page.Id, alliance.Slug);
        });
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        var full = await client.GetHtmlAsync("/admin/link-check");
        var rows = full.QuerySelectorAll("#broken-links tbody tr")
            .Select(r => (Record: r.QuerySelector("th a")!.TextContent.Trim(), Href: r.QuerySelector("th a")!.GetAttribute("href"), Link: r.QuerySelector("code")!.TextContent, Problem: r.Children[^1].TextContent.Trim()))
            .ToList();

        Assert.Equal(
            [
                ("Staff mobility", $"/admin/pages/{pageId}/edit", "/about/no-such-page", "No such page"),
                ("Staff mobility", $"/admin/pages/{pageId}/edit", $"/alliances/{allianceSlug}", "Not published until 2026-12-01 09:00 CST"),
                ("Staff mobility", $"/admin/pages/{pageId}/edit", "/nowhere", "No such page"),
                ("Staff mobility", $"/admin/pages/{pageId}/edit", "/partners/university-of-strathclyde", "Draft"),
                ("Staff mobility", $"/admin/pages/{pageId}/edit", "/zh/partners/university-of-strathclyde", "Draft"),
            ],
            rows.Where(r => r.Record == "Staff mobility").ToList());

        var dashboard = await client.GetHtmlAsync("/admin");
        var links = dashboard.QuerySelectorAll("#broken-links code").Select(c => c.TextContent).ToList();
        Assert.Contains("/partners/university-of-strathclyde", links);
        Assert.DoesNotContain("/partners/university-of-oulu", links);
    }
}
