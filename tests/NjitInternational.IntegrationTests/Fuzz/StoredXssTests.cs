using System.Net;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Fuzz;

/// <summary>
/// Stored XSS end to end: markup typed into every text field of a partner through the admin form is
/// shown as text on every page that shows the partner, in both languages, and in the admin area.
/// </summary>
public class StoredXssTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Slug = "university-of-oulu";

    [Fact]
    public async Task MarkupSavedThroughTheAdminForm_IsShownOnlyAsText_OnPublicAndAdminPages()
    {
        var (staff, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var id = await site.WithDbAsync(db => Task.FromResult(db.Partners.Single(p => p.Slug == Slug).Id));
        var marker = XssAssert.NewMarker();
        var form = AdminForms.EditForm(await staff.GetHtmlAsync($"/admin/partners/{id}/edit"));

        using var saved = await AdminForms.PostAsync(staff, form,
        [
            new("Name", "Oulu " + marker), new("NameZh", "奥卢 " + marker),
            new("City", marker), new("CityZh", marker),
            new("Summary", marker), new("SummaryZh", marker), new("Body", marker), new("BodyZh", marker),
            new("Slug", Slug),
        ]);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var visitor = site.CreateClient();
        var query = Uri.EscapeDataString("Oulu");
        foreach (var language in new[] { "en", "zh" })
        {
            await XssAssert.ShownOnlyAsTextAsync(visitor,
                [$"/{language}/partners/{Slug}", $"/{language}/partners?q={query}", $"/{language}/search?q={query}", $"/{language}/programmes/njit-oulu-school"],
                marker);
        }

        await XssAssert.ShownOnlyAsTextAsync(staff, ["/admin/partners", $"/admin/partners/{id}/edit", $"/admin/partners/{id}/history"], marker);
    }
}
