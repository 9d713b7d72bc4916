using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

public class HomePageBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task HomePage_ShowsHeadingAndNavigationToEverySection(int width)
    {
        var page = await browser.NewPageAsync(width);
        var response = await page.GotoAsync("/en");

        Assert.Equal(200, response!.Status);
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        Assert.Equal("International cooperation at Nanjing Institute of Technology", (await heading.InnerTextAsync()).Trim());
        Assert.True(await heading.IsVisibleAsync());

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var section in new[] { "Partners", "Alliances", "Programmes", "Visiting professors", "Conferences", "Study abroad", "Study at NJIT" })
        {
            Assert.Equal(1, await nav.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).CountAsync());
        }

        Assert.Equal("page", await nav.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).GetAttributeAsync("aria-current"));
    }

    [Fact]
    public async Task HomePage_DoesNotScrollSideways_AtPhoneWidth()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/en");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(overflow <= 0, $"page is {overflow}px wider than a 390px phone screen");
    }
}
