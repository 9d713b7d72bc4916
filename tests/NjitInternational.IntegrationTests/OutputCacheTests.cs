using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests;

/// <summary>Anonymous public pages come from the output cache until a save evicts them.</summary>
public class OutputCacheTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    private static async Task<string> PartnerFigureAsync(HttpClient client)
    {
        var page = await client.GetHtmlAsync("/");
        return page.QuerySelector("[data-figure=partners]")!.TextContent;
    }

    [Fact]
    public async Task HomePage_IsServedFromCache_UntilAPartnerIsSaved()
    {
        var client = site.CreateClient();
        var before = await PartnerFigureAsync(client);

        // A change that bypasses EF Core (and so the eviction) is not visible: the page is cached.
        await site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Partners SET Status = 'Draft' WHERE Slug = 'university-of-cambridge'"));
        using (var cached = await client.GetAsync(new Uri("/", UriKind.Relative)))
        {
            Assert.True(cached.Headers.Age.HasValue, "expected the output cache's Age header");
            Assert.Equal(before, (await cached.ReadHtmlAsync()).QuerySelector("[data-figure=partners]")!.TextContent);
        }

        // A save through EF Core evicts every page tagged with partners.
        await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == "university-of-oulu");
            partner.Status = Web.Data.Entities.PublicationStatus.Draft;
            await db.SaveChangesAsync();
        });

        var after = await PartnerFigureAsync(client);
        Assert.Equal(int.Parse(before, System.Globalization.CultureInfo.InvariantCulture) - 2, int.Parse(after, System.Globalization.CultureInfo.InvariantCulture));
    }
}

public class OutputCacheStaffTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    [Fact]
    public async Task SignedInStaff_AlwaysGetAFreshPage()
    {
        var (staff, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using var first = await staff.GetAsync(new Uri("/", UriKind.Relative));
        using var second = await staff.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue, "a signed-in request must not be served from the cache");
    }

    [Fact]
    public async Task HtmlIsCompressed_WhenTheBrowserAcceptsIt()
    {
        var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await client.SendAsync(request);

        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }
}

/// <summary>A staff edit in the admin area evicts every cached public page that shows the record.</summary>
public class OutputCacheAdminEditTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    [Fact]
    public async Task RenamingAPartnerInTheAdminArea_ShowsTheNewNameOnItsPageTheDirectoryAndHome()
    {
        var visitor = site.CreateClient();
        const string page = "/partners/university-of-strathclyde";
        foreach (var url in new[] { page, "/partners", "/", "/search?q=strathclyde" })
        {
            // Twice: the second answer comes from the cache.
            await visitor.GetHtmlAsync(url);
            using var cached = await visitor.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(cached.Headers.Age.HasValue, $"{url} was not served from the output cache");
        }

        var id = await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == "university-of-strathclyde").Select(p => p.Id).SingleAsync());
        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var edit = await editor.GetHtmlAsync($"/admin/partners/{id}/edit");
        using var saved = await AdminContent.AdminForms.PostAsync(editor, AdminContent.AdminForms.EditForm(edit), [new("Name", "University of Strathclyde Glasgow Renamed")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("University of Strathclyde Glasgow Renamed", (await visitor.GetHtmlAsync(page)).QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("University of Strathclyde Glasgow Renamed", (await visitor.GetHtmlAsync("/partners")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("University of Strathclyde Glasgow Renamed", (await visitor.GetHtmlAsync("/search?q=strathclyde")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("University of Strathclyde Glasgow Renamed", (await visitor.GetHtmlAsync("/programmes")).Body!.TextContent, StringComparison.Ordinal);
    }
}
