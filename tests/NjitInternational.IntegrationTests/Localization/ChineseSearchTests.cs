using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>Chinese has no spaces: search matches any substring of a Chinese name. Sets Chinese names, so it has a site of its own.</summary>
public class ChineseSearchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string PartnerNameZh = "奥卢大学";
    private const string ProgrammeTitleZh = "南京工程学院奥卢学院";

    private async Task TranslateAsync()
    {
        await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == "university-of-oulu");
            partner.NameZh = PartnerNameZh;
            var programme = await db.Programmes.SingleAsync(p => p.Slug == "njit-oulu-school");
            programme.TitleZh = ProgrammeTitleZh;
            await db.SaveChangesAsync();
        });
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task ChineseSubstring_FindsTheRecord_InBothLanguages(string segment)
    {
        await TranslateAsync();
        var client = site.CreateClient();

        var page = await client.GetHtmlAsync($"/{segment}/search?q={Uri.EscapeDataString("奥卢")}");

        var partnerLinks = page.QuerySelectorAll($"a[href='/{segment}/partners/university-of-oulu']").ToList();
        Assert.NotEmpty(partnerLinks);
        Assert.NotEmpty(page.QuerySelectorAll($"a[href='/{segment}/programmes/njit-oulu-school']"));
        // The hit is named in the page's language.
        var expectedName = segment == "zh"
            ? PartnerNameZh
            : await site.WithDbAsync(db => db.Partners.Where(p => p.Slug == "university-of-oulu").Select(p => p.Name).SingleAsync());
        Assert.Contains(partnerLinks, a => a.NormalizedText() == expectedName);
    }

    [Theory]
    [InlineData("工程学院奥卢")]
    [InlineData("学院奥")]
    [InlineData("南京工程学院奥卢学院")]
    public async Task UnspacedChineseText_IsFoundByAnyInnerRun(string term)
    {
        await TranslateAsync();
        var client = site.CreateClient();

        var page = await client.GetHtmlAsync($"/zh/search?q={Uri.EscapeDataString(term)}");

        var hit = Assert.Single(page.QuerySelectorAll("a[href='/zh/programmes/njit-oulu-school']"));
        Assert.Equal(ProgrammeTitleZh, hit.NormalizedText());
        Assert.Empty(page.QuerySelectorAll("a[href='/zh/partners/university-of-oulu']"));
    }

    [Fact]
    public async Task ChineseTermMatchingNothing_FindsNothing()
    {
        await TranslateAsync();
        var client = site.CreateClient();

        var page = await client.GetHtmlAsync($"/zh/search?q={Uri.EscapeDataString("剑桥")}");

        Assert.Empty(page.QuerySelectorAll("main a[href^='/zh/partners/'], main a[href^='/zh/programmes/']"));
    }
}
