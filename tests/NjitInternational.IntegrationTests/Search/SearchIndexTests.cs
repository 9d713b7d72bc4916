using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.IntegrationTests.MediaImport;
using NjitInternational.IntegrationTests.Revisions;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Scheduling;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Search;

/// <summary>
/// The search index follows every way content changes (save, delete, CSV import, revision restore,
/// the scheduler), ranks and highlights safely (FTS5 syntax: SearchSyntaxFuzzTests). Adds records, so it has
/// a site of its own; each test uses words no other record has.
/// </summary>
public class SearchIndexTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<List<string>> UrlsAsync(string q, string culture = "en")
    {
        using var response = await site.CreateClient().GetAsync(new Uri($"/{culture}/search?q={Uri.EscapeDataString(q)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        return [.. page.QuerySelectorAll(".search-hits > li > a").Select(a => a.GetAttribute("href")!)];
    }

    [Fact]
    public async Task ASavedRecord_IsFound_ByChineseOfThreeCharactersAndByTwo_AndGoneOnceDeleted()
    {
        await site.WithDbAsync(async db =>
        {
            db.Programmes.Add(new Programme { Title = "Qwertz Exchange", TitleZh = "奥克兰大学合作项目", Slug = "qwertz-exchange", Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        });

        Assert.Contains("/zh/programmes/qwertz-exchange", await UrlsAsync("奥克兰", "zh"));
        Assert.Contains("/zh/programmes/qwertz-exchange", await UrlsAsync("合作", "zh"));
        Assert.Contains("/en/programmes/qwertz-exchange", await UrlsAsync("qwertz"));

        await site.WithDbAsync(async db =>
        {
            db.Programmes.Remove(await db.Programmes.SingleAsync(p => p.Slug == "qwertz-exchange"));
            await db.SaveChangesAsync();
        });

        Assert.DoesNotContain("/zh/programmes/qwertz-exchange", await UrlsAsync("奥克兰", "zh"));
        Assert.Empty(await UrlsAsync("qwertz"));
    }

    [Fact]
    public async Task APublishedNewsItem_IsFound_ByAWordOfItsTitleInEnglishAndInChinese_ADraftIsNot()
    {
        await site.WithDbAsync(async db =>
        {
            db.NewsItems.Add(new NewsItem { Title = "Cormorant scholarships open", TitleZh = "鸬鹚奖学金开放申请", Slug = "cormorant-scholarships", PublishedOn = new DateOnly(2026, 12, 1), Status = PublicationStatus.Published });
            db.NewsItems.Add(new NewsItem { Title = "Cormorant draft notice", TitleZh = "鸬鹚草稿通知", Slug = "cormorant-draft", PublishedOn = new DateOnly(2026, 12, 1), Status = PublicationStatus.Draft });
            await db.SaveChangesAsync();
        });

        Assert.Equal(["/en/news/cormorant-scholarships"], await UrlsAsync("cormorant"));
        var byChineseWord = await UrlsAsync("奖学金", "zh");
        Assert.Contains("/zh/news/cormorant-scholarships", byChineseWord);
        Assert.DoesNotContain("/zh/news/cormorant-draft", byChineseWord);
        Assert.Equal(["/zh/news/cormorant-scholarships"], await UrlsAsync("鸬鹚", "zh"));
    }

    [Fact]
    public async Task Results_AreRanked_TitleAboveSummaryAboveBody()
    {
        await site.WithDbAsync(async db =>
        {
            db.Pages.Add(new Page { Title = "Body page", Slug = "rank-body", Body = "Here the word plover appears once in the body.", Status = PublicationStatus.Published });
            db.Pages.Add(new Page { Title = "Plover in the title", Slug = "rank-title", Status = PublicationStatus.Published });
            db.Pages.Add(new Page { Title = "Summary page", Slug = "rank-summary", Summary = "A plover summary.", Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        });

        Assert.Equal(["/en/about/rank-title", "/en/about/rank-summary", "/en/about/rank-body"], await UrlsAsync("plover"));
    }

    [Fact]
    public async Task Snippet_MarksTheWord_AndNeverRendersMarkupFromContent()
    {
        await site.WithDbAsync(async db =>
        {
            db.Pages.Add(new Page
            {
                Title = "Markup page",
                Slug = "markup-page",
                Body = "Before <script>alert('x')</script> <b>bold</b> and the word snowcap here.",
                Status = PublicationStatus.Published,
            });
            await db.SaveChangesAsync();
        });

        var page = await site.CreateClient().GetHtmlAsync("/en/search?q=snowcap");

        var snippet = page.QuerySelector("a[href='/en/about/markup-page'] + p")!;
        Assert.Equal("snowcap", snippet.QuerySelector("mark")!.TextContent);
        Assert.Empty(snippet.QuerySelectorAll("script, b"));
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task ScheduledRecord_AppearsAtItsMoment_AndTheSchedulerKeepsItThere_ThenItGoes()
    {
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await site.WithDbAsync(async db =>
        {
            db.Conferences.Add(new Conference
            {
                Title = "Gannet Symposium",
                Slug = "gannet-symposium",
                Status = PublicationStatus.Draft,
                PublishAtUtc = now.AddHours(1),
                UnpublishAtUtc = now.AddHours(3),
            });
            await db.SaveChangesAsync();
        });
        Assert.Empty(await UrlsAsync("gannet"));

        site.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["/en/conferences/gannet-symposium"], await UrlsAsync("gannet"));
        await RunSchedulerAsync();
        Assert.Equal(PublicationStatus.Published, await site.WithDbAsync(db => db.SearchDocuments.Where(d => d.Slug == "gannet-symposium").Select(d => d.Status).SingleAsync()));
        Assert.Equal(["/en/conferences/gannet-symposium"], await UrlsAsync("gannet"));

        site.Clock.Advance(TimeSpan.FromHours(2));
        await RunSchedulerAsync();
        Assert.Equal(PublicationStatus.Archived, await site.WithDbAsync(db => db.SearchDocuments.Where(d => d.Slug == "gannet-symposium").Select(d => d.Status).SingleAsync()));
        Assert.Empty(await UrlsAsync("gannet"));
    }

    private async Task RunSchedulerAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledPublisher>().RunOnceAsync(CancellationToken.None);
    }

    [Fact]
    public async Task CsvImport_MakesTheImportedPartnersSearchable()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var country = await site.WithDbAsync(db => db.Countries.Where(c => c.Status == PublicationStatus.Published).Select(c => c.IsoCode).FirstAsync());

        using var dryRun = await MediaImportForms.ImportAsync(client, "partners", Encoding.UTF8.GetBytes($"Slug,Name,Country,Status\nimported-kittiwake,Kittiwake Institute,{country},Published\n"), "dry-run");
        using var confirmed = await client.SubmitFormAsync(AdminContent.AdminForms.FormWithAction(await dryRun.ReadHtmlAsync(), "/import/confirm"), []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        Assert.True(await site.WithDbAsync(db => db.SearchDocuments.AnyAsync(d => d.Slug == "imported-kittiwake" && d.Title == "Kittiwake Institute")));
    }

    [Fact]
    public async Task RestoringARevision_PutsTheRestoredWordsBackInTheIndex()
    {
        var editor = await RevisionTestClient.EditorAsync(site);
        var id = await editor.CreatePageAsync("Restore search page", "The original wording mentions puffin.", "restore-search");
        using (var publish = await editor.PostFormAsync($"/admin/pages/{id}/edit", "/publish"))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        await editor.EditAsync("/admin/pages", id, new() { ["Body"] = "A rewrite that mentions guillemot." });
        Assert.Equal(["/en/about/restore-search"], await UrlsAsync("guillemot"));
        Assert.Empty(await UrlsAsync("puffin"));

        using var restore = await editor.PostFormAsync($"/admin/pages/{id}/history", "/history/2/restore");
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);

        Assert.Equal(["/en/about/restore-search"], await UrlsAsync("puffin"));
        Assert.Empty(await UrlsAsync("guillemot"));
    }
}
