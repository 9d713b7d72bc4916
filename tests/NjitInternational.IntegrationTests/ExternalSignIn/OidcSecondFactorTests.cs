using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.IntegrationTests.Admin;
using NjitInternational.TestIdentityProvider;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Oidc;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.ExternalSignIn;
using NjitInternational.Web.Infrastructure.Authorization;
using OtpNet;

namespace NjitInternational.IntegrationTests.ExternalSignIn;

/// <summary>
/// How strong a provider sign-in counts (ASVS 5.0 V6.8.4): one factor unless the ID token's amr
/// claim says "mfa". One factor: an account with an authenticator app is asked for its code, an
/// administrator without one is sent to enrolment. Codes are computed with Otp.NET on real time
/// (the provider needs the real clock).
/// </summary>
public sealed class OidcSecondFactorTests(TwoFactorOidcSiteFixture fixture) : IClassFixture<TwoFactorOidcSiteFixture>
{
    private const string CodePage = "/admin/account/login/code";
    private const string EnrolmentPage = "/admin/account/security/authenticator";

    private OidcSiteFactory Site => fixture.Site;

    private TestOidcProvider Provider => fixture.Provider;

    [Fact]
    public async Task AnAdministrator_SignedInByThePasswordAlone_IsSentToEnrolment()
    {
        var person = NewProviderUser(amr: "pwd");
        await OidcTestData.StaffFor(Site, person, StaffRoles.Administrator);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        Assert.True(driver.HasSessionCookie);
        Assert.Equal(EnrolmentPage, answer.FinalAddress.AbsolutePath);
    }

    [Fact]
    public async Task AnAdministrator_WhoseProviderAskedForTwoFactors_LandsOnTheDashboard()
    {
        var person = NewProviderUser(amr: "pwd mfa");
        await OidcTestData.StaffFor(Site, person, StaffRoles.Administrator);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        Assert.Equal(HttpStatusCode.OK, answer.Response!.StatusCode);
        Assert.Equal("/admin", answer.FinalAddress.AbsolutePath);
    }

    [Fact]
    public async Task AnAccountWithAnAuthenticator_SignedInByThePasswordAlone_HasNoSessionUntilItsCode()
    {
        var person = NewProviderUser(amr: null);
        var account = await OidcTestData.StaffFor(Site, person, StaffRoles.Administrator);
        var key = await TurnOnAuthenticatorAsync(account);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        Assert.Equal(CodePage, answer.FinalAddress.AbsolutePath);
        Assert.False(driver.HasSessionCookie);
        using (var dashboard = await driver.Site.GetAsync(new Uri("/admin", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
            Assert.Equal("/admin/account/login", new Uri(OidcSignInDriver.SiteBase, dashboard.Headers.Location!).AbsolutePath);
        }

        // The next 30-second step: a code is accepted once, and only within one step either side.
        var code = new Totp(key).ComputeTotp(DateTime.UtcNow.AddSeconds(30));
        using var signedIn = await AdminForms.SubmitAsync(driver.Site, CodePage, CodePage, new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(driver.HasSessionCookie);
        Assert.Equal(1, await Site.WithDbAsync(db => db.UserLogins.CountAsync(l => l.UserId == account.Id && l.LoginProvider == OidcOptions.Scheme)));
    }

    [Fact]
    public async Task AnAccountWithAnAuthenticator_WhoseProviderAskedForTwoFactors_IsNotAskedAgain()
    {
        var person = NewProviderUser(amr: "pwd otp mfa");
        var account = await OidcTestData.StaffFor(Site, person, StaffRoles.Administrator);
        await TurnOnAuthenticatorAsync(account);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        Assert.Equal(HttpStatusCode.OK, answer.Response!.StatusCode);
        Assert.Equal("/admin", answer.FinalAddress.AbsolutePath);
    }

    [Fact]
    public async Task ALockedOutAccount_IsRefused_WhenItsCodeWouldBeAsked_ButNotWhenTheProviderDidBothFactors()
    {
        var onePassword = NewProviderUser(amr: "pwd");
        var bothFactors = onePassword with { Amr = "pwd mfa" };
        var account = await OidcTestData.StaffFor(Site, onePassword, StaffRoles.Editor);
        await TurnOnAuthenticatorAsync(account);
        await using (var scope = Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(account.Id))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        using (var refused = new OidcSignInDriver(Site))
        {
            var answer = await refused.SignInAsync(onePassword.UserName);

            Assert.Equal(HttpStatusCode.Forbidden, answer.Response!.StatusCode);
            Assert.Equal(ExternalSignInPaths.Refused(ExternalSignInRefusal.LockedOut), answer.FinalAddress.PathAndQuery);
            Assert.Contains("locked after too many failed attempts", (await answer.Response.ReadHtmlAsync()).Body!.TextContent, StringComparison.Ordinal);
            Assert.False(refused.HasSessionCookie);
            Assert.Contains(await OidcTestData.RefusalsAsync(Site), a => a.UserName == onePassword.Email && a.Summary!.Contains(nameof(ExternalSignInRefusal.LockedOut), StringComparison.Ordinal));
        }

        // A lockout guards the password and the code; a provider that did both factors uses neither
        // (so guessing passwords cannot lock staff out of the provider sign-in).
        Provider.AddUser(bothFactors);
        using var allowed = new OidcSignInDriver(Site);
        Assert.Equal("/admin", (await allowed.SignInAsync(bothFactors.UserName)).FinalAddress.AbsolutePath);
    }

    private TestUser NewProviderUser(string? amr)
    {
        var user = OidcTestData.NewProviderUser(Provider) with { Amr = amr };
        Provider.AddUser(user);
        return user;
    }

    /// <summary>Turns on an authenticator app for the account; returns its key.</summary>
    private async Task<byte[]> TurnOnAuthenticatorAsync(AppUser account)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(account.Id))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return Base32Encoding.ToBytes(await users.GetAuthenticatorKeyAsync(user));
    }
}
