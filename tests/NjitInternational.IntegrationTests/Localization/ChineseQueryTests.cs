using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>
/// Chinese visitors find things in Chinese: the catalogue's countries are named in Chinese, a
/// country's Chinese name (芬兰, seeded for Finland) finds its partners and programmes, and a word
/// only in a Chinese field is found. Writes Chinese text, so it has a site of its own.
/// </summary>
public partial class ChineseQueryTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string OuluPartner = "university-of-oulu";
    private const string OuluProgramme = "njit-oulu-school";

    [Fact]
    public async Task ChineseCatalogue_NamesCountriesInChinese()
    {
        var client = site.CreateClient();

        var zh = await client.GetHtmlAsync("/zh/programmes");
        var en = await client.GetHtmlAsync("/en/programmes");

        Assert.Equal("芬兰", zh.QuerySelector("select#country option[value='FI']")!.NormalizedText());
        Assert.Equal("Finland", en.QuerySelector("select#country option[value='FI']")!.NormalizedText());
        // Every country seeded with a Chinese name shows it; none falls back to English.
        var labels = zh.QuerySelectorAll("select#country option[value]").Where(o => o.GetAttribute("value") != string.Empty).Select(o => o.NormalizedText()).ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.Matches(HanCharacter(), label));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task SearchForAChineseCountryName_ListsItsPartnersAndProgrammes(string segment)
    {
        var page = await site.CreateClient().GetHtmlAsync($"/{segment}/search?q={Uri.EscapeDataString("芬兰")}");

        Assert.NotEmpty(page.QuerySelectorAll($"a[href='/{segment}/partners/{OuluPartner}']"));
        Assert.NotEmpty(page.QuerySelectorAll($"a[href='/{segment}/programmes/{OuluProgramme}']"));
        Assert.Empty(page.QuerySelectorAll($"a[href='/{segment}/partners/university-of-strathclyde']"));
    }

    [Fact]
    public async Task DirectoryAndCatalogueFilters_FindByAChineseCountryName()
    {
        var client = site.CreateClient();

        var partners = await client.GetHtmlAsync($"/zh/partners?q={Uri.EscapeDataString("芬兰")}");
        var programmes = await client.GetHtmlAsync($"/zh/programmes?q={Uri.EscapeDataString("芬兰")}");

        Assert.NotEmpty(partners.QuerySelectorAll($"a[href='/zh/partners/{OuluPartner}']"));
        Assert.Empty(partners.QuerySelectorAll("a[href='/zh/partners/university-of-strathclyde']"));
        Assert.NotEmpty(programmes.QuerySelectorAll($"a[href='/zh/programmes/{OuluProgramme}']"));
    }

    [Fact]
    public async Task AWordOnlyInAChineseField_IsFound()
    {
        // Only the Chinese fields carry these words; their English fields say nothing like them.
        await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == OuluPartner);
            partner.SummaryZh = "位于北极圈附近的综合性研究型大学。";
            var programme = await db.Programmes.SingleAsync(p => p.Slug == OuluProgramme);
            programme.HowToApplyZh = "请通过高考统一招生报名。";
            var conference = await db.Conferences.FirstAsync(c => c.Status == Web.Data.Entities.PublicationStatus.Published);
            conference.VenueZh = "南京江宁校区图书馆报告厅";
            await db.SaveChangesAsync();
        });
        var client = site.CreateClient();

        var partnerHits = await client.GetHtmlAsync($"/zh/search?q={Uri.EscapeDataString("北极圈")}");
        var programmeHits = await client.GetHtmlAsync($"/zh/search?q={Uri.EscapeDataString("高考统一招生")}");
        var catalogue = await client.GetHtmlAsync($"/zh/programmes?q={Uri.EscapeDataString("高考统一招生")}");
        var conferenceHits = await client.GetHtmlAsync($"/zh/search?q={Uri.EscapeDataString("图书馆报告厅")}");

        Assert.NotEmpty(partnerHits.QuerySelectorAll($"a[href='/zh/partners/{OuluPartner}']"));
        Assert.NotEmpty(programmeHits.QuerySelectorAll($"a[href='/zh/programmes/{OuluProgramme}']"));
        Assert.NotEmpty(catalogue.QuerySelectorAll($"a[href='/zh/programmes/{OuluProgramme}']"));
        Assert.NotEmpty(conferenceHits.QuerySelectorAll("main a[href^='/zh/conferences/']"));
    }

    [Theory]
    [InlineData("/zh")]
    [InlineData("/zh/study-abroad")]
    [InlineData("/zh/study-at-njit")]
    [InlineData("/zh/programmes")]
    [InlineData("/zh/partners")]
    public async Task ChineseLandingPages_HaveAChineseHeadingAndTitle(string url)
    {
        var page = await site.CreateClient().GetHtmlAsync(url);

        var heading = page.QuerySelector("h1")!.NormalizedText();
        Assert.Matches(HanCharacter(), heading);
        Assert.DoesNotMatch(LatinWord(), heading);
        Assert.Matches(HanCharacter(), page.Title!);
        Assert.DoesNotMatch(LatinWord(), page.Title!);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();

    // Latin words such as "Study abroad"; CSV or a lone letter would not count.
    [GeneratedRegex("[A-Za-z]{4,}")]
    private static partial Regex LatinWord();
}
