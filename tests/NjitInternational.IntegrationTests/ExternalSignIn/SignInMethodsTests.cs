using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Oidc;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Infrastructure.Authorization;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.IntegrationTests.ExternalSignIn;

/// <summary>With the provider on and local passwords on: the button sits above the password form.</summary>
public sealed class SignInPageWithProviderTests(OidcSiteFixture fixture) : IClassFixture<OidcSiteFixture>
{
    [Fact]
    public async Task SignInPage_ShowsTheProviderButton_AboveThePasswordForm()
    {
        using var client = fixture.Site.CreateClient();

        var page = await client.GetHtmlAsync("/admin/account/login");

        var forms = page.QuerySelectorAll("main form").Select(f => f.GetAttribute("action")).ToList();
        // Provider first, then the password form, then the passkey alternative.
        Assert.Equal(["/admin/account/external", "/admin/account/login", "/admin/account/login/passkey"], forms);
        Assert.Equal($"Sign in with {OidcSiteFactory.DisplayName}", page.QuerySelector("form[action='/admin/account/external'] button")!.NormalizedText());
        Assert.NotNull(page.QuerySelector("input[name=Password]"));
    }

    [Fact]
    public async Task ContentSecurityPolicy_LetsFormsContinueToTheProviderOnly()
    {
        using var client = fixture.Site.CreateClient();

        using var response = await client.GetAsync(new Uri("/admin/account/login", UriKind.Relative));

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"form-action 'self' {fixture.Provider.Authority.GetLeftPart(UriPartial.Authority)};", policy, StringComparison.Ordinal);
    }
}

/// <summary><c>Authentication:LocalPasswords:Enabled=false</c>: passwords only for break-glass accounts.</summary>
public sealed class LocalPasswordsOffTests(PasswordsOffOidcSiteFixture fixture) : IClassFixture<PasswordsOffOidcSiteFixture>
{
    [Fact]
    public async Task SignInPage_HasNoPasswordForm_OnlyTheProviderButton()
    {
        using var client = fixture.Site.CreateClient();

        var page = await client.GetHtmlAsync("/admin/account/login");

        Assert.Null(page.QuerySelector("input[name=Password]"));
        Assert.Null(page.QuerySelector("form[action='/admin/account/login']"));
        Assert.NotNull(page.QuerySelector("form[action='/admin/account/external'] button"));
    }

    [Fact]
    public async Task PostingAPassword_IsRefused_ForAnOrdinaryAccount_WithoutCountingAFailure()
    {
        var account = await StaffAccounts.CreateAsync(fixture.Site, StaffRoles.Administrator);
        var client = fixture.Site.CreateBrowserLikeClient();
        var form = (IHtmlFormElement)(await client.GetHtmlAsync("/admin/account/login/emergency")).QuerySelector("form[action='/admin/account/login']")!;

        using var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = StaffAccounts.Password });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Password sign-in is turned off", page.QuerySelector(".error-summary")!.NormalizedText(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("njit-auth=", StringComparison.Ordinal));
        using var dashboard = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        var stored = await fixture.Site.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == account.Id));
        Assert.Equal(0, stored.AccessFailedCount);
        Assert.True(await fixture.Site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignInFailed && a.UserName == account.Email)));
    }

    [Fact]
    public async Task BreakGlassAccount_SignsInWithItsPassword_OnTheEmergencyPage()
    {
        var (client, response) = await BreakGlassSignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        using var dashboard = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task UsersPage_MarksBreakGlassAccounts()
    {
        var (client, response) = await BreakGlassSignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetHtmlAsync("/admin/users");

        Assert.Contains("Break-glass (password always allowed)", page.QuerySelector("table")!.NormalizedText(), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, HttpResponseMessage Response)> BreakGlassSignInAsync()
    {
        var account = await StaffAccounts.CreateAsync(fixture.Site, StaffRoles.Administrator);
        await fixture.Site.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.BreakGlass, true)));
        var client = fixture.Site.CreateBrowserLikeClient();
        var page = await client.GetHtmlAsync("/admin/account/login/emergency");
        Assert.Equal("Emergency sign-in", page.QuerySelector("h1")!.NormalizedText());
        var form = (IHtmlFormElement)page.QuerySelector("form[action='/admin/account/login']")!;
        var response = await client.SubmitFormAsync(form, new Dictionary<string, string> { ["Email"] = account.Email!, ["Password"] = StaffAccounts.Password });
        return (client, response);
    }
}

/// <summary>Without <c>Authentication:Oidc:Authority</c> nothing of the provider appears.</summary>
public sealed class OidcOffTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SignInPage_HasNoProviderButton()
    {
        using var client = site.CreateClient();

        var page = await client.GetHtmlAsync("/admin/account/login");

        Assert.Null(page.QuerySelector("form[action='/admin/account/external']"));
        // The only "Sign in with …" left is the passkey button, which needs no provider.
        var signInWith = page.QuerySelectorAll("main button").Select(b => b.TextContent.Trim())
            .Where(t => t.StartsWith("Sign in with", StringComparison.Ordinal));
        Assert.Equal(["Sign in with a passkey"], signInWith);
        Assert.NotNull(page.QuerySelector("input[name=Password]"));
    }

    [Theory]
    [InlineData("/admin/account/external/refused?reason=UnknownIdentity")]
    [InlineData("/admin/account/external/callback")]
    [InlineData("/signin-oidc?code=x&state=y")]
    public async Task ProviderAddresses_AreNotFound(string address)
    {
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ContentSecurityPolicy_IsUnchanged()
    {
        using var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/admin/account/login", UriKind.Relative));

        Assert.Equal(SecurityHeadersExtensions.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
