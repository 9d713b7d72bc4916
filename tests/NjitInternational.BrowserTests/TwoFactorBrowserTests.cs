using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;
using OtpNet;

namespace NjitInternational.BrowserTests;

/// <summary>The site with the administrators' second-factor rule on, as in production.</summary>
public sealed class TwoFactorBrowserSite() : BrowserSite(new TwoFactorSiteFactory());

/// <summary>
/// Passkeys with Chromium's virtual authenticator (DevTools Protocol WebAuthn domain: a CTAP2
/// platform authenticator with resident keys and user verification), and axe on the sign-in
/// security pages. WebAuthn needs a secure context and a domain as relying party: pages are opened
/// at http://localhost (a secure context; 127.0.0.1 is not a valid relying-party id).
/// </summary>
public class TwoFactorBrowserTests(TwoFactorBrowserSite browser) : IClassFixture<TwoFactorBrowserSite>
{
    [Fact]
    public async Task AnAdministrator_AddsAPasskeyOnTheAccountPage_AndSignsInWithIt_WithoutBeingSentToEnrolment()
    {
        var admin = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Administrator);
        var page = await NewLocalhostPageAsync();
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        // Password alone: an administrator is sent to enrolment.
        await SignInWithPasswordAsync(page, admin.Email!);
        await page.GotoAsync("/admin");
        Assert.EndsWith("/admin/account/security/authenticator", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/admin/account/security");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await page.GetByText("Passkey added.").WaitForAsync();
        Assert.Equal("Passkey 1", (await page.Locator("table.admin-table tbody th").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("input[name='Name']").FillAsync("Office laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename Passkey 1" }).ClickAsync();
        await page.GetByText("Passkey renamed.").WaitForAsync();
        Assert.Equal("Office laptop", (await page.Locator("table.admin-table tbody th").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin", StringComparison.Ordinal));

        await page.GotoAsync("/admin/account/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin", StringComparison.Ordinal));
        Assert.Equal("Dashboard", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        // A passkey counts as two factors: other admin pages open too.
        await page.GotoAsync("/admin/users");
        Assert.EndsWith("/admin/users", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task SignInSecurityPages_HaveNoAxeViolations(int width)
    {
        var editor = await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Editor);
        var page = await NewLocalhostPageAsync(width);
        await SignInWithPasswordAsync(page, editor.Email!);

        await page.GotoAsync("/admin/account/security");
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/admin/account/security/authenticator");
        await AssertAccessibleAsync(page);
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Authenticator code").FillAsync(Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await page.Locator("#recovery-codes").WaitForAsync();
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/admin/account/security/disable");
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/admin", StringComparison.Ordinal));
        await page.GotoAsync("/admin/account/login");
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync(editor.Email!);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/account/login/code", StringComparison.Ordinal));
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "No phone? Use a recovery code" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/admin/account/login/recovery", StringComparison.Ordinal));
        await AssertAccessibleAsync(page);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        await Accessibility.AssertNoViolationsAsync(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{page.Url} is {overflow}px wider than the window");
    }

    private string Code(string key) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(browser.Site.Clock.GetUtcNow().UtcDateTime);

    private async Task<IPage> NewLocalhostPageAsync(int width = 1280)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = new UriBuilder(browser.BaseAddress) { Host = "localhost" }.Uri.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/admin/account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(StaffAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.EndsWith("/admin/account/login", StringComparison.Ordinal));
    }
}
