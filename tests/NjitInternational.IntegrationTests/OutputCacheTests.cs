using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests;

/// <summary>Anonymous public pages come from the output cache until a save evicts them.</summary>
public class OutputCacheTests(SiteFactory site) : IClassFixture<SiteFactory>
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

public class OutputCacheStaffTests(SiteFactory site) : IClassFixture<SiteFactory>
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
