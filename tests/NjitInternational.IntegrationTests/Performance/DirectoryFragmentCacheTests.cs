using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Performance;

/// <summary>
/// With the output cache off (as for signed-in staff), the directory's filters and results are a
/// cached fragment per language, filter and page: an admin save shows at once, in both languages,
/// and the cached copy is the same HTML as a fresh render (Chinese written as text, not entities).
/// </summary>
public class DirectoryFragmentCacheTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task RenamingAPartnerInTheAdminArea_ShowsTheNewNameInTheDirectory_InBothLanguages()
    {
        var visitor = site.CreateClient();
        foreach (var url in new[] { "/en/partners", "/zh/partners", "/en/partners?region=europe" })
        {
            // Twice: the second answer is built from the cached fragment.
            await visitor.GetHtmlAsync(url);
            Assert.Contains("University of Strathclyde", (await visitor.GetHtmlAsync(url)).Body!.TextContent, StringComparison.Ordinal);
        }

        var id = await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == "university-of-strathclyde").Select(p => p.Id).SingleAsync());
        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var edit = await editor.GetHtmlAsync($"/admin/partners/{id}/edit");
        using var saved = await AdminContent.AdminForms.PostAsync(editor, AdminContent.AdminForms.EditForm(edit), [new("Name", "Strathclyde Fragment Renamed")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var url in new[] { "/en/partners", "/zh/partners", "/en/partners?region=europe" })
        {
            var text = (await visitor.GetHtmlAsync(url)).Body!.TextContent;
            Assert.Contains("Strathclyde Fragment Renamed", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheCachedChineseDirectory_WritesChineseAsText_LikeAFreshRender()
    {
        var client = site.CreateClient();
        var fresh = await client.GetStringAsync(new Uri("/zh/partners?kind=exchange", UriKind.Relative));
        var cached = await client.GetStringAsync(new Uri("/zh/partners?kind=exchange", UriKind.Relative));

        Assert.Equal(fresh, cached);
        Assert.DoesNotContain("&#x", cached, StringComparison.Ordinal);
        var page = await client.GetHtmlAsync("/zh/partners?kind=exchange");
        Assert.Contains(page.QuerySelector("#filters-heading")!.TextContent, c => c >= '\u4e00' && c <= '\u9fff');
    }

    [Fact]
    public async Task EachFilterLanguageAndPage_HasItsOwnFragment()
    {
        var client = site.CreateClient();
        var all = await client.GetHtmlAsync("/en/partners");
        var europe = await client.GetHtmlAsync("/en/partners?region=europe");
        var allAgain = await client.GetHtmlAsync("/en/partners");
        var chinese = await client.GetHtmlAsync("/zh/partners");

        string Heading(AngleSharp.Dom.IDocument page) => page.QuerySelector("#results-count")!.TextContent.Trim();
        Assert.NotEqual(Heading(all), Heading(europe));
        Assert.Equal(Heading(all), Heading(allAgain));
        Assert.Equal("europe", ((AngleSharp.Html.Dom.IHtmlSelectElement)europe.QuerySelector("#region")!).Value);
        Assert.Equal(string.Empty, ((AngleSharp.Html.Dom.IHtmlSelectElement)allAgain.QuerySelector("#region")!).Value);
        Assert.StartsWith("/zh/partners/", chinese.QuerySelector(".partner-card a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("/en/partners/", allAgain.QuerySelector(".partner-card a")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
