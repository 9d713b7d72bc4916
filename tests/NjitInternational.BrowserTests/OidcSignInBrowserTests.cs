using Microsoft.Playwright;
using NjitInternational.BrowserTests.Support;
using NjitInternational.TestIdentityProvider;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Oidc;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.BrowserTests;

/// <summary>Chromium through the real sign-in: the site's button, the provider's login page, back.</summary>
public class OidcSignInBrowserTests(OidcBrowserSite browser) : IClassFixture<OidcBrowserSite>
{
    private const string ButtonName = $"Sign in with {OidcSiteFactory.DisplayName}";

    private TestUser NewPerson(string? email = "")
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var person = new TestUser($"browser-{id}", $"subject-{id}", email == string.Empty ? $"browser-{id}@njit.test" : email);
        browser.Provider.AddUser(person);
        return person;
    }

    private static async Task SignInAtProviderAsync(IPage page, TestUser person, Func<string, bool> landsOn)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = ButtonName }).ClickAsync();
        await page.GetByLabel("User name").FillAsync(person.UserName);
        await page.GetByLabel("Password").FillAsync(TestOidcProvider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(landsOn);
    }

    [Fact]
    public async Task StaffMember_SignsInAtTheProvider_LandsOnTheDashboard_AndSignOutEndsTheSession()
    {
        var person = NewPerson();
        await StaffAccounts.CreateAsync(browser.Site, StaffRoles.Editor, person.Email);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/account/login");

        await SignInAtProviderAsync(page, person, url => new Uri(url).AbsolutePath == "/admin");

        Assert.Equal("Dashboard", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        var endSessions = browser.Provider.EndSessionRequests;
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(browser.BaseAddress.ToString(), StringComparison.Ordinal) && !new Uri(url).AbsolutePath.StartsWith("/admin", StringComparison.Ordinal) && !url.Contains("signout-callback", StringComparison.Ordinal));
        Assert.Equal(endSessions + 1, browser.Provider.EndSessionRequests);
        await page.GotoAsync("/admin");
        Assert.Equal("/admin/account/login", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task UnknownPerson_SeesTheRefusalPage_AndIsNotSignedIn()
    {
        var stranger = NewPerson();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/account/login");

        await SignInAtProviderAsync(page, stranger, url => url.Contains("/admin/account/external/refused", StringComparison.Ordinal));

        Assert.Equal("Sign-in refused", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Trim());
        Assert.Contains("does not belong to a staff account", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/admin");
        Assert.Equal("/admin/account/login", new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task SignInPageWithTheButton_AndTheRefusalPage_HaveNoAxeViolations(int width)
    {
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync("/admin/account/login");
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = ButtonName }).CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        var stranger = NewPerson();
        await SignInAtProviderAsync(page, stranger, url => url.Contains("/admin/account/external/refused", StringComparison.Ordinal));
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
