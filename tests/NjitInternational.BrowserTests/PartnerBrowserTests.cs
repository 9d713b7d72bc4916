using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

public class PartnerBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Directory_FilterForm_PutsCountryAndKindInTheQueryString()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/partners");

        await page.GetByLabel("United Kingdom (3)").CheckAsync();
        await page.GetByLabel("Kind of partnership").SelectOptionAsync("exchange");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**/partners?*");

        var query = new Uri(page.Url).Query;
        Assert.Contains("country=GB", query, StringComparison.Ordinal);
        Assert.Contains("kind=exchange", query, StringComparison.Ordinal);
        Assert.Equal("1 partner", (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim());
        var names = await page.Locator(".partner-card h3").AllInnerTextsAsync();
        Assert.Equal(["University of Strathclyde"], names.Select(n => n.Trim()));
        Assert.True(await page.GetByLabel("United Kingdom (1)").IsCheckedAsync());
    }

    [Fact]
    public async Task CountriesAndRegionsPage_CountryLink_OpensTheFilteredDirectory()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/partners/map");

        await page.Locator("table a[href='/en/partners?country=GB']").ClickAsync();
        await page.WaitForURLAsync("**/partners?country=GB");

        Assert.Equal("3 partners", (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim());
    }

    [Theory]
    [InlineData("/en/partners/map", 1280)]
    [InlineData("/zh/partners/map", 390)]
    [InlineData("/zh/partners/university-of-oulu", 390)]
    public async Task WithoutAnApprovedBaseMap_NoMapIsDrawn_AndThePageFitsTheScreen(string path, int width)
    {
        var page = await browser.NewPageAsync(width, 844);
        await page.GotoAsync(path);

        Assert.Equal(0, await page.Locator("svg, img[src*='map']").CountAsync());
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the screen");
    }

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/en/partners", "/en/partners?q=no-such-university", "/en/partners/university-of-oulu", "/en/partners/map", "/en/alliances", "/en/alliances/rok-jiangsu-university-alliance" })
        {
            data.Add(path, 1280);
            data.Add(path, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task PartnerPages_HaveNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);

        await Accessibility.AssertNoViolationsAsync(page);
    }
}
