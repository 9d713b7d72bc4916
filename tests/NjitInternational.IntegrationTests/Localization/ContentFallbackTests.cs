using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>
/// A missing Chinese translation shows the English, marked lang="en"; once staff add the Chinese in
/// the admin form, /zh shows it (and /en keeps the English) straight away, through the output cache.
/// Edits a partner, so it has a site of its own.
/// </summary>
public class ContentFallbackTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    private const string Slug = "university-of-oulu";
    private const string NameZh = "奥卢大学";
    private const string SummaryZh = "南京工程学院奥卢学院的合作大学，源于软件工程专业“4+0”合作办学项目。";

    private static async Task<IDocument> CachedPageAsync(HttpClient client, string url)
    {
        // The second request comes from the output cache (Age header), so the later save must evict it.
        using (await client.GetAsync(new Uri(url, UriKind.Relative)))
        {
        }

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.Headers.Age.HasValue, $"{url} was not cached, so eviction would go untested");
        return await response.ReadHtmlAsync();
    }

    [Fact]
    public async Task MissingChinese_ShowsEnglishMarkedLangEn_UntilStaffTranslateIt_ThenBothLanguagesAreFresh()
    {
        var (id, name, summary) = await site.WithDbAsync(async db =>
        {
            var p = await db.Partners.AsNoTracking().SingleAsync(x => x.Slug == Slug);
            return (p.Id, p.Name, p.Summary);
        });
        Assert.False(string.IsNullOrEmpty(summary), "the seeded partner needs an English summary for this test");
        var visitor = site.CreateClient();

        // Before: /zh falls back to the English, each wrapped in an element with lang="en".
        var before = await CachedPageAsync(visitor, $"/zh/partners/{Slug}");
        Assert.Equal("zh-CN", before.DocumentElement.GetAttribute("lang"));
        var h1 = before.QuerySelector("h1")!;
        Assert.Equal(name, h1.QuerySelector("[lang=en]")?.NormalizedText());
        Assert.Equal(summary, before.QuerySelector(".lead [lang=en]")?.NormalizedText());
        var englishBefore = await CachedPageAsync(visitor, $"/en/partners/{Slug}");
        Assert.Equal(name, englishBefore.QuerySelector("h1")!.NormalizedText());

        // Staff fill the Chinese fields through the real edit form.
        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var form = AdminForms.EditForm(await editor.GetHtmlAsync($"/admin/partners/{id}/edit"));
        var values = AdminForms.Values(form);
        // The English summary changes too, so the /en page shows whether its cache entry was evicted.
        var newSummary = summary + " Edited alongside the Chinese.";
        values.RemoveAll(v => v.Key is "NameZh" or "SummaryZh" or "Summary");
        values.Add(new("NameZh", NameZh));
        values.Add(new("SummaryZh", SummaryZh));
        values.Add(new("Summary", newSummary));
        using (var saved = await editor.SubmitFormAsync(form, values))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // After: /zh shows the Chinese, with no lang wrapper; /en still the English.
        var after = await visitor.GetHtmlAsync($"/zh/partners/{Slug}");
        Assert.Equal(NameZh, after.QuerySelector("h1")!.NormalizedText());
        Assert.Null(after.QuerySelector("h1 [lang]"));
        Assert.Equal(SummaryZh, after.QuerySelector(".lead")!.NormalizedText());
        Assert.Null(after.QuerySelector(".lead [lang]"));
        Assert.StartsWith(NameZh, after.Title, StringComparison.Ordinal);

        var english = await visitor.GetHtmlAsync($"/en/partners/{Slug}");
        Assert.Equal(name, english.QuerySelector("h1")!.NormalizedText());
        Assert.Equal(newSummary, english.QuerySelector(".lead")!.NormalizedText());
        Assert.Null(english.QuerySelector("main [lang=zh-CN]"));
    }
}
