using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Translations;
using NjitInternational.Web.Infrastructure.Authorization;
using ContentForms = NjitInternational.IntegrationTests.AdminContent.AdminForms;

namespace NjitInternational.IntegrationTests.Admin;

/// <summary>/admin/translations lists published records whose Chinese is missing or older than their English; the dashboard counts them.</summary>
public class TranslationStatusTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ARecordWithEmptyChinese_IsListed_WithItsMissingFields()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var partner = await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == "university-of-strathclyde").Select(p => new { p.Id, p.NameZh, p.SummaryZh }).SingleAsync());
        Assert.Null(partner.NameZh);

        var page = await client.GetHtmlAsync("/admin/translations");

        var row = page.QuerySelector($"section[data-type='partners'] tr[data-id='{partner.Id}']");
        Assert.NotNull(row);
        Assert.Equal($"/admin/partners/{partner.Id}/edit", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Name", row.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullyTranslatedRecord_IsNotListed_UntilItsEnglishIsEditedInTheAdminForm()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var id = await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == "university-of-oulu");
            TranslateEveryField(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });

        var before = await client.GetHtmlAsync("/admin/translations");
        Assert.Null(before.QuerySelector($"section[data-type='partners'] tr[data-id='{id}']"));

        // Ten minutes later, staff change the English summary only.
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        var form = ContentForms.EditForm(await client.GetHtmlAsync($"/admin/partners/{id}/edit"));
        using var saved = await ContentForms.PostAsync(client, form, [new("Summary", "Partner in the NJIT-Oulu School, a Chinese-foreign cooperatively-run school since 2021.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await client.GetHtmlAsync("/admin/translations");
        var row = after.QuerySelector($"section[data-type='partners'] tr[data-id='{id}']");
        Assert.NotNull(row);
        Assert.Equal(string.Empty, row.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("English 2026-11-28 09:10, Chinese 2026-11-28 09:00", row.QuerySelectorAll("td")[1].TextContent.Trim());

        // Updating the Chinese afterwards takes it off the list again.
        site.Clock.Advance(TimeSpan.FromMinutes(10));
        var again = ContentForms.EditForm(await client.GetHtmlAsync($"/admin/partners/{id}/edit"));
        using var translated = await ContentForms.PostAsync(client, again, [new("SummaryZh", "南京工程学院奥卢学院的合作院校。")]);
        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        var done = await client.GetHtmlAsync("/admin/translations");
        Assert.Null(done.QuerySelector($"section[data-type='partners'] tr[data-id='{id}']"));
    }

    [Fact]
    public async Task Dashboard_ShowsHowManyRecordsNeedTranslating()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        var status = await client.GetHtmlAsync("/admin/translations");
        var listed = status.QuerySelectorAll("section[data-type] h2 .count").Sum(c => int.Parse(c.TextContent.Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture));
        var dashboard = await client.GetHtmlAsync("/admin");

        Assert.True(listed > 0, "the seeded content has untranslated records");
        var link = dashboard.QuerySelector(".dashboard-translations a")!;
        Assert.Equal("/admin/translations", link.GetAttribute("href"));
        Assert.EndsWith($": {listed}", link.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslationStatus_IsForStaffOnly()
    {
        using var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/admin/translations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/account/login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    private static void TranslateEveryField(ContentEntity record)
    {
        foreach (var field in TranslatedFields.Of(record.GetType()))
        {
            if (!string.IsNullOrWhiteSpace(field.English.GetValue(record) as string))
            {
                field.Chinese.SetValue(record, "中文" + field.Name);
            }
        }
    }
}
