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
    public async Task Map_ShadedCountryLink_OpensTheFilteredDirectory()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/partners/map");

        await page.Locator("svg.world-map a[href='/en/partners?country=GB']").ClickAsync();
        await page.WaitForURLAsync("**/partners?country=GB");

        Assert.Equal("3 partners", (await page.GetByRole(AriaRole.Status).InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task Map_ShadedCountries_AreReachableWithTabAndEnter()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/partners/map");
        var first = page.Locator("svg.world-map a").First;
        var firstHref = await first.GetAttributeAsync("href");

        // Tab from the page start until focus lands inside the map (skip link, nav and breadcrumbs first).
        string? focused = null;
        for (var i = 0; i < 40 && focused is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string?>("() => document.activeElement.closest('svg.world-map') ? document.activeElement.getAttribute('href') : null");
        }

        Assert.Equal(firstHref, focused);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith(firstHref!, StringComparison.Ordinal), new() { Timeout = 10_000 });
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Map_FitsThePhoneScreen(int width)
    {
        var page = await browser.NewPageAsync(width, 844);
        await page.GotoAsync("/en/partners/map");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var mapWidth = await page.EvaluateAsync<double>("() => document.querySelector('svg.world-map').getBoundingClientRect().width");

        var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.getAttribute('class') + ':' + Math.round(e.getBoundingClientRect().right)).join(', ')");
        Assert.True(overflow <= 0, $"page is {overflow}px wider than the screen: {wide}");
        var widths = await page.EvaluateAsync<string>("() => ['main', 'figure', 'svg.world-map', 'table'].map(s => s + '=' + document.querySelector(s).getBoundingClientRect().width + '/' + getComputedStyle(document.querySelector(s)).marginLeft).join(' ') + ' vw=' + window.innerWidth + ' rules=' + document.styleSheets[0].cssRules.length + ' href=' + document.styleSheets[0].href");
        Assert.True(mapWidth > width * 0.8, $"map is only {mapWidth}px wide: {widths}");
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
