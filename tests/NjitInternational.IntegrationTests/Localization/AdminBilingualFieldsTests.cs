using NjitInternational.TestSupport;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>Every Chinese field of every content type sits next to its English one, labelled and marked lang="zh-CN".</summary>
public class AdminBilingualFieldsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>Countries and regions have no typed names: they come from the ISO list (CountryAdminTests).</summary>
    public static TheoryData<string, Type> ContentForms() => new()
    {
        { "partners", typeof(PartnerEditInput) },
        { "alliances", typeof(AllianceEditInput) },
        { "programmes", typeof(ProgrammeEditInput) },
        { "visiting-professors", typeof(VisitingProfessorEditInput) },
        { "conferences", typeof(ConferenceEditInput) },
        { "pages", typeof(PageEditInput) },
    };

    [Theory]
    [MemberData(nameof(ContentForms))]
    public async Task EditForm_HasEachChineseField_LabelledAndMarked_NextToItsEnglishField(string route, Type input)
    {
        // The input model, not the view, says which fields have a Chinese counterpart.
        var chineseFields = input.GetProperties().Select(p => p.Name).Where(n => n.EndsWith("Zh", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(chineseFields);
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        var page = await client.GetHtmlAsync($"/admin/{route}/new");

        foreach (var zhName in chineseFields)
        {
            var englishName = zhName[..^2];
            var zh = page.QuerySelector($"form.edit-form [name='{zhName}']");
            var en = page.QuerySelector($"form.edit-form [name='{englishName}']");
            Assert.True(zh is not null, $"/admin/{route}/new has no {zhName} field");
            Assert.True(en is not null, $"/admin/{route}/new has no {englishName} field");
            Assert.Equal("zh-CN", zh.GetAttribute("lang"));
            Assert.False(en.HasAttribute("lang"), $"{englishName} carries lang=\"{en.GetAttribute("lang")}\"");
            Assert.Equal(en.TagName, zh.TagName);

            var zhLabel = page.QuerySelector($"label[for='{zh.Id}']");
            var enLabel = page.QuerySelector($"label[for='{en.Id}']");
            Assert.False(string.IsNullOrWhiteSpace(zhLabel?.TextContent), $"{zhName} has no label");
            Assert.False(string.IsNullOrWhiteSpace(enLabel?.TextContent), $"{englishName} has no label");
            Assert.NotEqual(enLabel!.NormalizedText(), zhLabel!.NormalizedText());

            // Side by side: both in the same pair, English first.
            var pair = zh.Closest(".bilingual-pair");
            Assert.True(pair is not null, $"{zhName} is not in a bilingual pair");
            Assert.Same(pair, en.Closest(".bilingual-pair"));
            Assert.True(en.CompareDocumentPosition(zh).HasFlag(AngleSharp.Dom.DocumentPositions.Following), $"{zhName} comes before {englishName}");
        }
    }
}
