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
        var page = await client.GetHtmlAsync("/en");
        return page.QuerySelector("[data-figure=partners]")!.GetAttribute("data-count")!;
    }

    [Fact]
    public async Task HomePage_IsServedFromCache_UntilAPartnerIsSaved()
    {
        var client = site.CreateClient();
        var before = await PartnerFigureAsync(client);

        // A change that bypasses EF Core (and so the eviction) is not visible: the page is cached.
        await site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE Partners SET Status = 'Draft' WHERE Slug = 'university-of-cambridge'"));
        using (var cached = await client.GetAsync(new Uri("/en", UriKind.Relative)))
        {
            Assert.True(cached.Headers.Age.HasValue, "expected the output cache's Age header");
            Assert.Equal(before, (await cached.ReadHtmlAsync()).QuerySelector("[data-figure=partners]")!.GetAttribute("data-count")!);
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
        using var first = await staff.GetAsync(new Uri("/en", UriKind.Relative));
        using var second = await staff.GetAsync(new Uri("/en", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue, "a signed-in request must not be served from the cache");
    }

    [Fact]
    public async Task HtmlIsCompressed_WhenTheBrowserAcceptsIt()
    {
        var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en");
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
        const string page = "/en/partners/university-of-strathclyde";
        foreach (var url in new[] { page, "/en/partners", "/en", "/en/search?q=strathclyde" })
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
        Assert.Contains("University of Strathclyde Glasgow Renamed", (await visitor.GetHtmlAsync("/en/partners")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("University of Strathclyde Glasgow Renamed", (await visitor.GetHtmlAsync("/en/search?q=strathclyde")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("University of Strathclyde Glasgow Renamed", (await visitor.GetHtmlAsync("/en/programmes")).Body!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>
/// The output cache stores pages already compressed (compression runs inside it), one entry per
/// Accept-Encoding: a hit costs no compression, and no client gets an encoding it did not ask for.
/// </summary>
public class OutputCacheCompressionTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    [Fact]
    public async Task CompressedPages_AreServedFromTheCache_OnlyToClientsThatAcceptTheirEncoding()
    {
        var client = site.CreateClient();
        var first = await GetAsync(client, "br");
        Assert.False(first.Cached);
        Assert.Equal("br", first.Encoding);

        var second = await GetAsync(client, "br");
        Assert.True(second.Cached, "the second Brotli request must come from the cache");
        Assert.Equal("br", second.Encoding);
        Assert.Equal(first.Html, second.Html);

        var gzip = await GetAsync(client, "gzip");
        Assert.False(gzip.Cached, "a gzip client must not get the cached Brotli entry");
        Assert.Equal("gzip", gzip.Encoding);

        var plain = await GetAsync(client, null);
        Assert.Null(plain.Encoding);
        Assert.Equal(first.Html, plain.Html);
        Assert.Contains("<h1", plain.Html, StringComparison.Ordinal);
    }

    private static async Task<(bool Cached, string? Encoding, string Html)> GetAsync(HttpClient client, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/partners?region=europe");
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding switch
        {
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded);
        return (response.Headers.Age.HasValue, encoding, await reader.ReadToEndAsync());
    }
}
