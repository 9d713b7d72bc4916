using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.AdminContent;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Students;

/// <summary>What a student asks before applying: staff fill it in on the programme form; the page answers or says where to ask.</summary>
public class ProgrammeStudentFactsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<(HttpClient Client, int Id)> NewProgrammeAsync(string slug)
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var form = AdminForms.EditForm(await client.GetHtmlAsync("/admin/programmes/new"));
        using var created = await AdminForms.PostAsync(client, form, new Dictionary<string, string>
        {
            ["Title"] = "Zeta Student Facts Programme",
            ["TitleZh"] = "测试学生须知项目",
            ["Slug"] = slug,
            ["Kind"] = nameof(ProgrammeKind.Exchange),
            ["Direction"] = nameof(ProgrammeDirection.Outbound),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = AdminForms.IdFromEditLocation(created);
        var editPage = await client.GetHtmlAsync($"/admin/programmes/{id}/edit");
        using var published = await client.SubmitFormAsync(AdminForms.FormWithAction(editPage, "/publish"), []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return (client, id);
    }

    [Fact]
    public async Task FilledFields_AreShownUnderPlainHeadings_InBothLanguages()
    {
        var (client, id) = await NewProgrammeAsync("zeta-student-facts-filled");
        var edit = AdminForms.EditForm(await client.GetHtmlAsync($"/admin/programmes/{id}/edit"));
        using var saved = await AdminForms.PostAsync(client, edit, new Dictionary<string, string>
        {
            ["ApplicationOpens"] = "2031-02-01",
            ["ApplicationCloses"] = "2031-03-15",
            ["Eligibility"] = "Zeta second-year students",
            ["EligibilityZh"] = "测试二年级学生",
            ["LanguageRequirements"] = "Zeta IELTS 6.0",
            ["LanguageRequirementsZh"] = "测试雅思6.0",
            ["CostsAndScholarships"] = "Zeta tuition waived",
            ["CostsAndScholarshipsZh"] = "测试免学费",
            ["Places"] = "Zeta 12 places",
            ["PlacesZh"] = "测试12个名额",
            ["ContactName"] = "Zeta Contact",
            ["ContactRole"] = "Zeta coordinator",
            ["ContactRoleZh"] = "测试协调人",
            ["ContactEmail"] = "zeta.contact@example.com",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var anonymous = site.CreateClient();
        var en = await anonymous.GetHtmlAsync("/en/programmes/zeta-student-facts-filled");
        string Field(AngleSharp.Dom.IDocument page, string name) => page.QuerySelector($"[data-field='{name}']")!.NormalizedText();
        Assert.Equal("1 February 2031", Field(en, "application-opens"));
        Assert.Equal("2031-03-15", en.QuerySelector("[data-field='application-closes'] time")!.GetAttribute("datetime"));
        Assert.Equal("Zeta second-year students", Field(en, "eligibility"));
        Assert.Equal("Zeta IELTS 6.0", Field(en, "language-requirements"));
        Assert.Equal("Zeta tuition waived", Field(en, "costs"));
        Assert.Equal("Zeta 12 places", Field(en, "places"));
        Assert.Contains("Zeta coordinator", Field(en, "contact"), StringComparison.Ordinal);
        Assert.Equal("mailto:zeta.contact@example.com", en.QuerySelector("[data-field='contact'] a")!.GetAttribute("href"));
        Assert.Empty(en.QuerySelectorAll("#student-facts-heading ~ dl .ask-the-office"));
        var headings = en.QuerySelectorAll(".student-facts dt").Select(dt => dt.NormalizedText()).ToList();
        Assert.Equal(["Applications open", "Applications close", "Who may apply", "Language requirements", "Costs and scholarships", "Places", "Contact"], headings);

        var zh = await anonymous.GetHtmlAsync("/zh/programmes/zeta-student-facts-filled");
        Assert.Equal("测试二年级学生", Field(zh, "eligibility"));
        Assert.Equal("测试雅思6.0", Field(zh, "language-requirements"));
        Assert.Equal("测试12个名额", Field(zh, "places"));
        Assert.Contains("测试协调人", Field(zh, "contact"), StringComparison.Ordinal);
        Assert.Equal("申请条件", zh.QuerySelector("[data-field='eligibility']")!.PreviousElementSibling!.NormalizedText());

        var stored = await site.WithDbAsync(db => db.Programmes.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("zeta.contact@example.com", stored.ContactEmail);
        Assert.Equal(new DateOnly(2031, 3, 15), stored.ApplicationCloses);
    }

    [Theory]
    [InlineData("en", "Not stated here: ask the office")]
    [InlineData("zh", "此处未注明： 请咨询国际合作交流处")]
    public async Task EmptyFields_SayAskTheOffice_WithTheEnquiryLink(string culture, string expected)
    {
        await NewProgrammeAsync($"zeta-student-facts-empty-{culture}");

        var page = await site.CreateClient().GetHtmlAsync($"/{culture}/programmes/zeta-student-facts-empty-{culture}");

        foreach (var name in new[] { "application-opens", "application-closes", "eligibility", "language-requirements", "costs", "places", "contact" })
        {
            var field = page.QuerySelector($"[data-field='{name}']")!;
            Assert.Equal(expected, field.NormalizedText());
            var link = field.QuerySelector("a")!.GetAttribute("href")!;
            Assert.Contains("#enquiry", link, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AContactEmailThatIsNotAnAddress_IsRefusedWithAClearMessage_AndNothingIsSaved()
    {
        var (client, id) = await NewProgrammeAsync("zeta-student-facts-bad-email");
        var edit = AdminForms.EditForm(await client.GetHtmlAsync($"/admin/programmes/{id}/edit"));

        using var refused = await AdminForms.PostAsync(client, edit, new Dictionary<string, string> { ["ContactEmail"] = "not an address" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Enter an email address like name@example.com.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await site.WithDbAsync(db => db.Programmes.AsNoTracking().Where(p => p.Id == id).Select(p => p.ContactEmail).SingleAsync()));
    }

    [Fact]
    public async Task TheFields_AreInTheCsvExport()
    {
        var (client, id) = await NewProgrammeAsync("zeta-student-facts-csv");
        var edit = AdminForms.EditForm(await client.GetHtmlAsync($"/admin/programmes/{id}/edit"));
        using var saved = await AdminForms.PostAsync(client, edit, new Dictionary<string, string> { ["Places"] = "Zeta CSV places", ["ContactEmail"] = "zeta.csv@example.com" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var csv = await client.GetStringAsync(new Uri("/admin/programmes/export.csv", UriKind.Relative));

        var header = csv.Split('\n')[0];
        Assert.Contains("Eligibility", header, StringComparison.Ordinal);
        Assert.Contains("ContactEmail", header, StringComparison.Ordinal);
        Assert.Contains("Zeta CSV places", csv, StringComparison.Ordinal);
        Assert.Contains("zeta.csv@example.com", csv, StringComparison.Ordinal);
    }
}
