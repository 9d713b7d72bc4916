using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

/// <summary>At 390 px (a phone): results before filters, every navigation item reachable, axe clean on the student pages.</summary>
public class PhoneBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("/en/programmes", ".programme-list li h3, .programme-list li a")]
    [InlineData("/en/partners", ".partner-card h3")]
    public async Task TheFirstResultsTitle_IsInTheFirstScreen_AndTheFiltersOpenFromTheirSummary(string path, string firstTitle)
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(path);

        var title = page.Locator(firstTitle).First;
        var box = await title.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 844, $"the first result's title ends at {box.Y + box.Height}px, below the 844px screen");

        var summary = page.Locator("details[data-filter-panel] > summary");
        Assert.Equal("Filter (0 active)", (await summary.InnerTextAsync()).Trim());
        Assert.False(await page.Locator("details[data-filter-panel] form").IsVisibleAsync());
        await summary.ClickAsync();
        Assert.True(await page.Locator("details[data-filter-panel] form").IsVisibleAsync());
    }

    [Fact]
    public async Task AtDesktopWidth_TheFiltersAreOpen_WithoutASummaryInTheWay()
    {
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/en/programmes?direction=abroad");

        Assert.True(await page.Locator("details[data-filter-panel] form").IsVisibleAsync());
        Assert.False(await page.Locator("details[data-filter-panel] > summary").IsVisibleAsync());
    }

    [Fact]
    public async Task EveryNavigationItem_CanBeReachedByKeyboard_AndActivatedByTouch()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/en");
        var links = page.Locator("nav.site-nav a");
        var count = await links.CountAsync();
        Assert.True(count >= 8, $"{count} navigation links");

        var hrefs = new List<string>();
        for (var i = 0; i < count; i++)
        {
            hrefs.Add((await links.Nth(i).GetAttributeAsync("href"))!);
        }

        // Keyboard: tabbing reaches each item in turn and scrolls it into the visible strip.
        await links.First.FocusAsync();
        for (var i = 0; i < count; i++)
        {
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
            Assert.Equal(hrefs[i], focused);
            var box = await links.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 390 + 1, $"{hrefs[i]} is off screen when focused ({box.X}..{box.X + box.Width})");
            if (i < count - 1)
            {
                await page.Keyboard.PressAsync("Tab");
            }
        }

        // Touch/click: the last item (the one cut off before) opens its page.
        await links.Nth(count - 1).ScrollIntoViewIfNeededAsync();
        await links.Nth(count - 1).ClickAsync();
        await page.WaitForURLAsync("**" + hrefs[count - 1]);
        Assert.EndsWith(hrefs[count - 1], page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNavigation_ShowsThatItContinues_AtPhoneWidth()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/en");

        var overflows = await page.EvaluateAsync<bool>("() => { const ul = document.querySelector('nav.site-nav ul'); return ul.scrollWidth > ul.clientWidth; }");
        var fade = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('nav.site-nav'), '::after').backgroundImage");

        Assert.True(overflows);
        Assert.Contains("linear-gradient", fade, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/programmes")]
    [InlineData("/en/search")]
    public async Task TheCurrentSectionsLink_IsScrolledIntoTheStrip_OnLoad(string path)
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(path);

        var box = await page.Locator("nav.site-nav a[aria-current='page']").BoundingBoxAsync();

        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"the current section's link spans {box.X}..{box.X + box.Width}");
    }

    [Theory]
    [InlineData("/en/programmes/njit-oulu-school", 1280)]
    [InlineData("/en/programmes/njit-oulu-school", 390)]
    [InlineData("/zh/programmes/njit-oulu-school", 390)]
    [InlineData("/en/contact", 1280)]
    [InlineData("/en/contact", 390)]
    [InlineData("/zh/contact", 390)]
    [InlineData("/en/sitemap", 1280)]
    [InlineData("/en/sitemap", 390)]
    [InlineData("/en/programmes", 390)]
    [InlineData("/en/partners", 390)]
    public async Task StudentPages_HaveNoAxeViolations(string path, int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(path);

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task TheAdminSettingsPage_HasNoAxeViolations(int width)
    {
        var user = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Administrator);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("Email").FillAsync(user.Email!);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await page.GotoAsync("/admin/settings");

        Assert.Equal("Office details and stated figures", (await page.Locator("h1").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
