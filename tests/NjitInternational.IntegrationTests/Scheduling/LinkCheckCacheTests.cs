using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Scheduling;

/// <summary>The dashboard's link check is kept between loads, and an edit in the admin area renews it.</summary>
public class LinkCheckCacheTests(QueryCountingSiteFactory site) : IClassFixture<QueryCountingSiteFactory>
{
    [Fact]
    public async Task Dashboard_ReusesTheLinkCheck_UntilAnEditChangesALink()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var pageId = await site.WithDbAsync(db => db.Pages.Where(p => p.Slug == "staff-mobility").Select(p => p.Id).SingleAsync());
        await client.GetHtmlAsync("/admin");

        // A second load reads no Markdown field: the link check's result is reused.
        var (again, _) = await site.GetCountingQueriesAsync(client, "/admin");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.DoesNotContain(site.Queries.Commands, c => c.Contains("\"Body\"", StringComparison.Ordinal));
        Assert.DoesNotContain("/about/no-such-cached-page", Links(await again.ReadHtmlAsync()));

        var form = AdminForms.EditForm(await client.GetHtmlAsync($"/admin/pages/{pageId}/edit"));
        using var saved = await AdminForms.PostAsync(client, form, [new("Body", "Now with a [broken link](/about/no-such-cached-page).")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (afterEdit, _) = await site.GetCountingQueriesAsync(client, "/admin");
        Assert.Contains(site.Queries.Commands, c => c.Contains("\"Body\"", StringComparison.Ordinal));
        Assert.Contains("/about/no-such-cached-page", Links(await afterEdit.ReadHtmlAsync()));
    }

    private static List<string> Links(AngleSharp.Dom.IDocument dashboard) =>
        [.. dashboard.QuerySelectorAll("#broken-links code").Select(c => c.TextContent)];
}
