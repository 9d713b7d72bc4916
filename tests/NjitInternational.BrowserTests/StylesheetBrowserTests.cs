using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

/// <summary>
/// The stylesheets load and apply, on public and admin pages: axe's contrast checks and the layout
/// assertions of the other browser tests mean little on an unstyled page.
/// </summary>
public class StylesheetBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task AdminDashboard_AfterSignIn_IsStyled()
    {
        var user = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Editor);
        var page = await browser.NewPageAsync();
        var failed = Watch(page);
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("Email").FillAsync(user.Email!);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Empty(failed);
        Assert.Equal("rgb(11, 61, 110)", await HeaderBackgroundAsync(page));
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Equal("rgb(11, 61, 110)", await HeaderBackgroundAsync(page));
    }

    private static List<string> Watch(IPage page)
    {
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add($"{request.Failure} {request.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        return failed;
    }

    private static Task<string> HeaderBackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.querySelector('header')).backgroundColor");

    [Theory]
    [InlineData("/en")]
    [InlineData("/zh/partners")]
    [InlineData("/admin/account/login")]
    public async Task Page_IsStyledByTheSiteStylesheet(string path)
    {
        var page = await browser.NewPageAsync();
        var failed = Watch(page);

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });

        Assert.Empty(failed);
        Assert.True(await page.EvaluateAsync<int>("document.styleSheets.length") >= 1);
        // The header band is the site's navy (--navy: #0b3d6e), which only site.css sets.
        Assert.Equal("rgb(11, 61, 110)", await HeaderBackgroundAsync(page));
    }
}
