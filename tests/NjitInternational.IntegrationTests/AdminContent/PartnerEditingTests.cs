using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.AdminContent;

/// <summary>What only partners (and the records they hang off) have: dependents, kinds, Markdown, slugs from any script.</summary>
public class PartnerEditingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Hostile = "Hello <script>alert('x')</script> <img src=x onerror=\"alert(1)\"> [click](javascript:alert(2))";

    [Fact]
    public async Task Delete_OfAPartnerWithProgrammes_IsRefused_AndListsThem()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var (partnerId, programme) = await site.WithDbAsync(async db =>
        {
            var pp = await db.ProgrammePartners.Select(x => new { x.PartnerId, x.Programme!.Title }).FirstAsync();
            return (pp.PartnerId, pp.Title);
        });

        var confirm = await client.GetHtmlAsync($"/admin/partners/{partnerId}/delete");
        Assert.Contains(programme, confirm.QuerySelector(".dependents")!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector($"form[action='/admin/partners/{partnerId}/delete']"));

        // A hand-made post is refused too: 409 with the list, never a 500, and the partner stays.
        using var post = await client.PostAsync(new Uri($"/admin/partners/{partnerId}/delete", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", (await client.GetHtmlAsync("/admin/partners")).AntiforgeryToken()),
            new("concurrencyStamp", Guid.NewGuid().ToString()),
        ]));
        var page = await post.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains(programme, page.QuerySelector(".dependents")!.TextContent, StringComparison.Ordinal);
        Assert.True(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Id == partnerId)));
    }

    [Fact]
    public async Task Delete_OfACountryWithPartners_IsRefused_AndListsThem()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var (countryId, partner) = await site.WithDbAsync(async db =>
        {
            var p = await db.Partners.OrderBy(x => x.Name).Select(x => new { x.CountryId, x.Name }).FirstAsync();
            return (p.CountryId, p.Name);
        });

        var confirm = await client.GetHtmlAsync($"/admin/countries/{countryId}/delete");

        Assert.Contains(partner, confirm.QuerySelector(".dependents")!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector($"form[action='/admin/countries/{countryId}/delete']"));
    }

    [Fact]
    public async Task MarkdownPreview_StripsScriptsHandlersAndJavascriptLinks()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var token = (await client.GetHtmlAsync("/admin/partners/new")).AntiforgeryToken();

        using var response = await client.PostAsync(new Uri("/admin/markdown/preview", UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("text", Hostile),
        ]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hello", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MarkdownPreview_WithoutAntiforgeryToken_IsRefused()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await client.PostAsync(new Uri("/admin/markdown/preview", UriKind.Relative), new FormUrlEncodedContent([new("text", "hi")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SavedHostileBody_IsSanitised_OnThePreviewPage_AndInTheNoScriptFormPreview()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var newForm = await client.GetHtmlAsync("/admin/partners/new");
        var country = newForm.QuerySelectorAll("select[name=CountryId] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        using var created = await AdminForms.PostAsync(client, AdminForms.EditForm(newForm), [new("Name", "Hostile body test"), new("CountryId", country), new("Body", Hostile)]);
        var id = AdminForms.IdFromEditLocation(created);

        using var preview = await client.GetAsync(new Uri($"/admin/preview/partners/{id}", UriKind.Relative));
        var previewPage = await preview.ReadHtmlAsync();
        var edit = await client.GetHtmlAsync($"/admin/partners/{id}/edit");
        using var formPreview = await AdminForms.PostAsync(client, AdminForms.EditForm(edit), [new("preview", "Body")]);
        var formPreviewPage = await formPreview.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Draft preview", previewPage.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        foreach (var html in new[] { previewPage.QuerySelector("article .prose")!.InnerHtml, formPreviewPage.QuerySelector("#Body-preview")!.InnerHtml })
        {
            Assert.Contains("Hello", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Empty(previewPage.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Preview_RedirectsAnonymousVisitorsToTheLoginPage()
    {
        var id = await site.WithDbAsync(db => db.Partners.Select(p => p.Id).FirstAsync());

        using var response = await site.CreateBrowserLikeClient().GetAsync(new Uri($"/admin/preview/partners/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAChineseOnlyName_AsksForAnAddress_ThenAcceptsAManualOne()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var newForm = await client.GetHtmlAsync("/admin/partners/new");
        var country = newForm.QuerySelectorAll("select[name=CountryId] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        using var refused = await AdminForms.PostAsync(client, AdminForms.EditForm(newForm), [new("Name", "南京合作大学"), new("CountryId", country)]);
        var page = await refused.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Enter one", AdminForms.FieldError(page, "Slug"), StringComparison.Ordinal);

        using var accepted = await AdminForms.PostAsync(client, AdminForms.EditForm(page), [new("Name", "南京合作大学"), new("CountryId", country), new("Slug", "nanjing-partner-university")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Edit_OfPartnershipKinds_IsStored_AndAuditedAsPartOfThePartner()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var newForm = await client.GetHtmlAsync("/admin/partners/new");
        var country = newForm.QuerySelectorAll("select[name=CountryId] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        using var created = await AdminForms.PostAsync(client, AdminForms.EditForm(newForm), [new("Name", "Kinds test university"), new("CountryId", country), new("PartnershipKinds", "Exchange")]);
        var id = AdminForms.IdFromEditLocation(created);

        var edit = await client.GetHtmlAsync($"/admin/partners/{id}/edit");
        Assert.Equal(["Exchange"], edit.QuerySelectorAll("input[name=PartnershipKinds]:checked").Select(i => i.GetAttribute("value")));
        var values = AdminForms.Values(AdminForms.EditForm(edit)).Where(v => v.Key != "PartnershipKinds").ToList();
        values.Add(new("PartnershipKinds", "Research"));
        using var content = new FormUrlEncodedContent(values);
        using var saved = await client.PostAsync(new Uri($"/admin/partners/{id}/edit", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var kinds = await site.WithDbAsync(db => db.PartnerPartnershipKinds.Where(k => k.PartnerId == id).Select(k => k.Kind.ToString()).ToListAsync());
        Assert.Equal(["Research"], kinds);
        var audit = await site.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Partner" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Create", "Update"], audit.Select(a => a.Action));
        Assert.Contains("Research", audit[1].ChangesJson, StringComparison.Ordinal);
        Assert.Contains("Exchange", audit[1].ChangesJson, StringComparison.Ordinal);
    }
}
