using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;

namespace NjitInternational.BrowserTests;

/// <summary>The site with an approved base map configured (a small test SVG and its 审图号).</summary>
public sealed class ApprovedMapBrowserSite() : BrowserSite(new ApprovedMapSiteFactory());

public class ApprovedMapBrowserTests(ApprovedMapBrowserSite browser) : IClassFixture<ApprovedMapBrowserSite>
{
    [Fact]
    public async Task Marker_OpensTheFilteredDirectory()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/partners/map");

        await page.Locator("svg.partner-map a[href='/en/partners?country=GB']").ClickAsync();
        await page.WaitForURLAsync("**/partners?country=GB");

        Assert.Equal("3 partners", (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Markers_AreReachableWithTabAndEnter()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/partners/map");
        var firstHref = await page.Locator("svg.partner-map a").First.GetAttributeAsync("href");

        // Tab from the page start until focus lands inside the map (skip link, nav and breadcrumbs first).
        string? focused = null;
        for (var i = 0; i < 40 && focused is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement.closest('svg.partner-map') ? document.activeElement.getAttribute('href') : null");
        }

        Assert.Equal(firstHref, focused);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith(firstHref!, StringComparison.Ordinal), new() { Timeout = 10_000 });
    }

    [Theory]
    [InlineData("/zh/partners/map", 1280)]
    [InlineData("/zh/partners/map", 390)]
    [InlineData("/en/partners/university-of-oulu", 390)]
    public async Task Map_ShowsTheBaseMapAndItsApprovalNumber_AndFitsTheScreen(string path, int width)
    {
        var page = await browser.NewPageAsync(width, 844);
        await page.GotoAsync(path);

        // The base map image loaded (its own size, not a broken image).
        var loaded = await page.EvaluateAsync<bool>("() => { const i = document.querySelector('svg.partner-map image'); return i.getBBox().width > 0; }");
        Assert.True(loaded);
        var approval = page.Locator("figure.approved-map .map-approval");
        Assert.True(await approval.IsVisibleAsync());
        Assert.Contains("审图号", await approval.InnerTextAsync(), StringComparison.Ordinal);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the screen");
        var mapWidth = await page.EvaluateAsync<double>("() => document.querySelector('svg.partner-map').getBoundingClientRect().width");
        Assert.True(mapWidth > width * 0.6, $"map is only {mapWidth}px wide");
    }

    [Theory]
    [InlineData("/en/partners/map", 1280)]
    [InlineData("/zh/partners/map", 390)]
    [InlineData("/zh/partners/university-of-oulu", 390)]
    public async Task MapPages_HaveNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);

        await Accessibility.AssertNoViolationsAsync(page);
    }
}
