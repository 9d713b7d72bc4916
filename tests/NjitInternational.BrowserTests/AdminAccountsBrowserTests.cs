using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

public class AdminAccountsBrowserTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // The click only starts the form post: wait for its redirect, or a following GotoAsync
        // races it and Chromium aborts one of the two navigations (net::ERR_ABORTED).
        await page.WaitForURLAsync(url => !url.Contains("/admin/account/login", StringComparison.Ordinal));
    }

    private static async Task ShotAsync(IPage page, string name, int width)
    {
        // For the developer's own look at the pages; the assertions are what count.
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"admin-accounts-{name}-{width}.png"), FullPage = true });
    }

    [Fact]
    public async Task AnAdministrator_CreatesAnEditor_WhoSignsInWithTheOneTimePassword_AndMustChangeIt()
    {
        var admin = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Administrator);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, admin.Email!, StaffAccounts.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync("flow.editor@njit.test");
        await page.GetByLabel("Display name").FillAsync("Flow Editor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        var password = (await page.Locator("#one-time-password").InnerTextAsync()).Trim();
        Assert.Equal(20, password.Length);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        var editor = await browser.NewPageAsync();
        await SignInAsync(editor, "flow.editor@njit.test", password);
        Assert.EndsWith("/admin/account/change-password", editor.Url, StringComparison.Ordinal);
        await editor.GotoAsync("/admin/enquiries");
        Assert.EndsWith("/admin/account/change-password", editor.Url, StringComparison.Ordinal);
        await editor.GetByLabel("Current password").FillAsync(password);
        await editor.GetByLabel("New password", new() { Exact = true }).FillAsync("copper-meadow-violin-82");
        await editor.GetByLabel("Confirm new password").FillAsync("copper-meadow-violin-82");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await editor.WaitForURLAsync(url => !url.EndsWith("/change-password", StringComparison.Ordinal));

        Assert.EndsWith("/admin", editor.Url, StringComparison.Ordinal);
        Assert.Equal("Dashboard", (await editor.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.Equal(0, await editor.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).CountAsync());
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task AdminAccountPages_HaveNoAxeViolations(int width)
    {
        var enquiry = new Enquiry { Name = "Axe Student", Email = "axe@example.test", Message = "A question about exchange.", ConsentGiven = true, SubmittedAtUtc = SiteFactory.DefaultNow.UtcDateTime };
        await browser.Site.WithDbAsync(async db =>
        {
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync();
        });
        var admin = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Administrator);
        var page = await browser.NewPageAsync(width);

        await page.GotoAsync("/admin/account/login");
        await Accessibility.AssertNoViolationsAsync(page);
        await ShotAsync(page, "login", width);

        await SignInAsync(page, admin.Email!, StaffAccounts.Password);
        foreach (var (url, name) in new[]
        {
            ("/admin", "dashboard"),
            ("/admin/account/change-password", "change-password"),
            ("/admin/users", "users"),
            ("/admin/audit", "audit"),
            ("/admin/enquiries", "enquiries"),
            ($"/admin/enquiries/{enquiry.Id}", "enquiry"),
        })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await Accessibility.AssertNoViolationsAsync(page);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than the window");
            await ShotAsync(page, name, width);
        }

        await page.GotoAsync("/admin/users/create");
        await page.GetByLabel("Email address").FillAsync($"axe-{width}@njit.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // The answer comes back at the same address: wait for its content, not the URL, before axe
        // runs (it raced the navigation once: "execution context was destroyed").
        await page.Locator("#one-time-password").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await ShotAsync(page, "user-created", width);
    }
}
