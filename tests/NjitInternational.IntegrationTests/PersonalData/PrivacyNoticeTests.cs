using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Seed;

namespace NjitInternational.IntegrationTests.PersonalData;

/// <summary>The privacy notice: a seeded, clearly marked placeholder page in both languages, linked from the enquiry form and the footer.</summary>
public class PrivacyNoticeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/en/about/privacy", "Privacy notice", "PLACEHOLDER – TO BE COMPLETED BY THE INTERNATIONAL OFFICE")]
    [InlineData("/zh/about/privacy", "隐私声明", "占位内容——待国际合作交流处填写")]
    public async Task PrivacyNotice_RendersInBothLanguages_AsAClearlyMarkedPlaceholder(string url, string title, string placeholder)
    {
        var page = await site.CreateClient().GetHtmlAsync(url);

        Assert.Equal(title, Assert.Single(page.QuerySelectorAll("h1")).NormalizedText());
        Assert.Contains(placeholder, page.QuerySelector("main article")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task EnquiryFormConsentLabel_AndFooter_LinkToThePrivacyNotice(string language)
    {
        var page = await site.CreateClient().GetHtmlAsync($"/{language}/study-at-njit");

        var label = page.QuerySelector("section#enquiry form label[for='Enquiry_Consent']")!;
        var link = (IHtmlAnchorElement)label.QuerySelector("a")!;
        Assert.Equal($"/{language}/about/privacy", link.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == $"/{language}/about/privacy");
    }
}

/// <summary>Deletes seed records and pages, so it has a site of its own.</summary>
public class PrivacyNoticeSeedUpgradeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SeedUpgrade_AddsThePrivacyNoticeOnce_AndNeverRecreatesItAfterStaffDeleteIt()
    {
        // A database from before the notice existed: no page, no seed record.
        await site.WithDbAsync(async db =>
        {
            await db.Pages.Where(p => p.Slug == SeedData.PrivacySlug).ExecuteDeleteAsync();
            await db.SeedRecords.Where(r => r.Key == "page:" + SeedData.PrivacySlug).ExecuteDeleteAsync();
        });

        Assert.Equal(1, await SeedAsync());
        var page = await site.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.Slug == SeedData.PrivacySlug));
        Assert.Equal("隐私声明", page.TitleZh);
        Assert.Equal(0, await SeedAsync());
        Assert.Equal(1, await site.WithDbAsync(db => db.Pages.CountAsync(p => p.Slug == SeedData.PrivacySlug)));

        // Staff delete it: a later start leaves it deleted.
        await site.WithDbAsync(db => db.Pages.Where(p => p.Slug == SeedData.PrivacySlug).ExecuteDeleteAsync());
        Assert.Equal(0, await SeedAsync());
        Assert.False(await site.WithDbAsync(db => db.Pages.AnyAsync(p => p.Slug == SeedData.PrivacySlug)));
    }

    private async Task<int> SeedAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SeedContent>().ApplyAsync(CancellationToken.None);
    }
}
