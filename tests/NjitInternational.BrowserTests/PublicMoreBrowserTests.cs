using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

/// <summary>axe-core on the professors, conferences, about and search pages, at desktop and phone widths.</summary>
public class PublicMoreAccessibilityTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[]
        {
            "/en/visiting-professors",
            "/en/visiting-professors/shi-jianjun",
            "/en/conferences",
            "/en/conferences/international-conference-on-big-data-and-security",
            "/en/about/staff-mobility",
            "/en/search",
            "/en/search?q=oulu",
            "/en/search?q=nothing-matches-this",
        })
        {
            data.Add(path, 1280);
            data.Add(path, 390);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await Accessibility.AssertNoViolationsAsync(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the {width}px viewport");
    }
}

public class SearchFormBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task SearchForm_SubmittedFromTheNavigation_ShowsGroupedResults(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/en");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();

        await page.GetByLabel("Search the site").FillAsync("Oulu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=Oulu");

        Assert.Equal("Search results for “Oulu”", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        var partners = page.GetByRole(AriaRole.Region, new() { Name = "Partners (1)" });
        Assert.Equal(1, await partners.GetByRole(AriaRole.Link, new() { Name = "University of Oulu" }).CountAsync());
        var programmes = page.GetByRole(AriaRole.Region, new() { Name = "Programmes (1)" });
        Assert.Equal(1, await programmes.GetByRole(AriaRole.Link, new() { Name = "NJIT-Oulu School" }).CountAsync());
        Assert.Equal("Oulu", await page.GetByLabel("Search the site").InputValueAsync());
    }
}
