using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Students;

/// <summary>The contact page shows only what staff entered; the home page's figures agree with the office's own.</summary>
public class ContactAndStatedFiguresTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("en", "Contact us")]
    [InlineData("zh", "联系我们")]
    public async Task OnAFreshSite_TheContactPage_PointsToTheEnquiryForm_AndShowsNoDetails(string culture, string contactUs)
    {
        var client = site.CreateClient();
        var home = await client.GetHtmlAsync($"/{culture}/");
        var href = home.QuerySelectorAll("footer a").Single(a => a.NormalizedText() == contactUs).GetAttribute("href")!;
        Assert.Equal($"/{culture}/contact", href);

        var page = await client.GetHtmlAsync(href);

        Assert.Equal(contactUs, page.QuerySelector("h1")!.NormalizedText());
        Assert.NotNull(page.QuerySelector("[data-contact-empty]"));
        Assert.Null(page.QuerySelector(".contact-details"));
        Assert.Equal($"/{culture}/study-at-njit#enquiry", page.QuerySelector("[data-enquiry-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheHomePage_ShowsTheStatedFiguresFromTheSourceText_WithTheListedCountLinkingToTheList()
    {
        var listed = await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Status == PublicationStatus.Published));

        var page = await site.CreateClient().GetHtmlAsync("/en/");

        Assert.Equal("37", page.QuerySelector("[data-figure='partners'] [data-stated]")!.NormalizedText());
        Assert.Equal("16", page.QuerySelector("[data-figure='countries'] [data-stated]")!.NormalizedText());
        Assert.Equal("20+", page.QuerySelector("[data-figure='professors'] [data-stated]")!.NormalizedText());
        var partnersListed = page.QuerySelector("[data-figure='partners'] a[data-listed]")!;
        Assert.Equal($"{listed} listed on this site", partnersListed.NormalizedText());
        Assert.Equal("/en/partners", partnersListed.GetAttribute("href"));
        Assert.Equal("/en/visiting-professors", page.QuerySelector("[data-figure='professors'] a[data-listed]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ABadEmailOrPhone_IsRefusedWithAClearMessage_AndEditorsCannotOpenTheSettings()
    {
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var form = AdminForms.EditForm(await admin.GetHtmlAsync("/admin/settings"));
        using var refused = await AdminForms.PostAsync(admin, form, new Dictionary<string, string> { ["OfficeEmail"] = "not an address", ["OfficePhone"] = "<script>" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        // Read as a document: the encoder writes "+" as an entity in the raw HTML.
        var html = (await refused.ReadHtmlAsync()).Body!.TextContent;
        Assert.Contains("Enter an email address like name@example.com.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a phone number using digits, spaces and + ( ) - only.", html, StringComparison.Ordinal);

        var (editor, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using var forbidden = await editor.GetAsync(new Uri("/admin/settings", UriKind.Relative));
        Assert.True(forbidden.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, forbidden.StatusCode.ToString());
    }
}

/// <summary>Its own site: this class changes the settings the class above reads as seeded.</summary>
public class SiteSettingsEditingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AnAdministratorEditsTheSettings_TheContactPageAndHomePageFollow_AndTheChangeIsAudited()
    {
        var (admin, user) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var form = AdminForms.EditForm(await admin.GetHtmlAsync("/admin/settings"));

        using var saved = await AdminForms.PostAsync(admin, form, new Dictionary<string, string>
        {
            ["OfficeAddress"] = "Zeta Building, Test Road 1",
            ["OfficeAddressZh"] = "测试路1号测试楼",
            ["OfficeEmail"] = "zeta.office@example.com",
            ["OfficePhone"] = "+86 25 0000 0000",
            ["OfficeHours"] = "Zeta hours Monday to Friday",
            ["PartnersFigure"] = "",
            ["ProfessorsFigure"] = "21",
            ["ProfessorsFigureAsOf"] = "2030-09-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var anonymous = site.CreateClient();
        var en = await anonymous.GetHtmlAsync("/en/contact");
        Assert.Equal("Zeta Building, Test Road 1", en.QuerySelector("[data-field='address']")!.NormalizedText());
        Assert.Equal("mailto:zeta.office@example.com", en.QuerySelector("[data-field='email'] a")!.GetAttribute("href"));
        Assert.Equal("+86 25 0000 0000", en.QuerySelector("[data-field='phone']")!.NormalizedText());
        Assert.Equal("Zeta hours Monday to Friday", en.QuerySelector("[data-field='hours']")!.NormalizedText());
        Assert.Null(en.QuerySelector("[data-contact-empty]"));
        var zh = await anonymous.GetHtmlAsync("/zh/contact");
        Assert.Equal("测试路1号测试楼", zh.QuerySelector("[data-field='address']")!.NormalizedText());

        var home = await anonymous.GetHtmlAsync("/en/");
        var partnersListed = await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Status == PublicationStatus.Published));
        Assert.Null(home.QuerySelector("[data-figure='partners'] [data-stated]"));
        Assert.Equal(partnersListed.ToString(System.Globalization.CultureInfo.InvariantCulture), home.QuerySelector("[data-figure='partners']")!.NormalizedText());
        Assert.Equal("21", home.QuerySelector("[data-figure='professors'] [data-stated]")!.NormalizedText());
        Assert.Contains("1 September 2030", home.QuerySelector("[data-figure='professors']")!.NormalizedText(), StringComparison.Ordinal);

        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(SiteSettings)).OrderBy(a => a.Id).LastAsync());
        Assert.Equal(user.UserName, audit.UserName);
        Assert.Contains("OfficeEmail", audit.ChangesJson, StringComparison.Ordinal);
        Assert.Contains("zeta.office@example.com", audit.ChangesJson, StringComparison.Ordinal);
    }
}
