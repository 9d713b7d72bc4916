using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

public class RevisionBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    /// <summary>Set ADMIN_SCREENSHOTS=/some/dir to keep screenshots of the history and comparison pages.</summary>
    private static readonly string? ScreenshotDir = Environment.GetEnvironmentVariable("ADMIN_SCREENSHOTS");

    [Fact]
    public async Task HistoryAndComparison_AreUsableAndAccessible_AtDesktopAndPhoneWidth()
    {
        var user = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Editor);
        var page = await browser.NewPageAsync(1280);
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("Email").FillAsync(user.Email!);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await page.GotoAsync("/admin/pages/new");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync($"Browser history {Guid.NewGuid().ToString("N")[..6]}");
        await page.GetByLabel("Body (Markdown)").FillAsync("## Welcome\n\nNJIT welcomes partners.\n\nContact the office.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        await page.GetByLabel("Body (Markdown)").FillAsync("## Welcome\n\nNJIT warmly welcomes new partners.\n\nContact the office.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");

        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await page.WaitForURLAsync("**/history");
        Assert.Equal(2, await page.Locator(".revisions-table tbody tr").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected revisions" }).ClickAsync();
        await page.WaitForURLAsync("**/compare?**");
        Assert.Equal("NJIT warmly welcomes new partners.", (await page.Locator(".diff-added ins").InnerTextAsync()).Trim());
        var compareUrl = page.Url;
        var historyUrl = compareUrl[..compareUrl.IndexOf("/compare", StringComparison.Ordinal)];

        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 844);
            foreach (var (url, name) in new[] { (historyUrl, "history"), (compareUrl, "compare") })
            {
                await page.GotoAsync(url);
                await Accessibility.AssertNoViolationsAsync(page);
                var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
                Assert.False(overflow, $"{name} scrolls sideways at {width}px");
                if (ScreenshotDir is not null)
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, $"revisions-{name}-{width}.png"), FullPage = true });
                }
            }
        }
    }
}
