using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestIdentityProvider;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Oidc;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Features.ExternalSignIn;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.ExternalSignIn;

/// <summary>
/// Sign-in through a real OpenID Connect provider (OpenIddict on a loopback port): accepted only
/// for an existing, enabled account with the identity's verified email, linked at first sign-in;
/// every refusal is a 403 page, an audit entry, no account and no session.
/// </summary>
public sealed class OidcSignInTests(OidcSiteFixture fixture) : IClassFixture<OidcSiteFixture>
{
    private SiteFactory Site => fixture.Site;

    private TestOidcProvider Provider => fixture.Provider;

    [Fact]
    public async Task KnownStaff_LandsOnTheDashboard_AndTheFirstSignInLinksTheLogin()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        // A pending one-time password does not stop a provider session: it never uses the password.
        var account = await StaffAccounts.CreateAsync(Site, StaffRoles.Editor, person.Email, mustChangePassword: true);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        Assert.Equal(HttpStatusCode.OK, answer.Response!.StatusCode);
        Assert.Equal("/admin", answer.FinalAddress.AbsolutePath);
        var page = await answer.Response.ReadHtmlAsync();
        Assert.Equal("Dashboard", page.QuerySelector("h1")!.NormalizedText());
        Assert.True(driver.HasSessionCookie);
        var logins = await Site.WithDbAsync(db => db.UserLogins.AsNoTracking().Where(l => l.UserId == account.Id).ToListAsync());
        var login = Assert.Single(logins);
        Assert.Equal((OidcOptions.Scheme, person.Subject), (login.LoginProvider, login.ProviderKey));
        var actions = await Site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == account.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.ExternalLoginLinked, actions);
        Assert.Contains(AuditActions.SignIn, actions);
    }

    [Fact]
    public async Task LaterSignIns_GoByTheLinkedLogin_NotTheEmail()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        var account = await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using (var first = new OidcSignInDriver(Site))
        {
            Assert.Equal("/admin", (await first.SignInAsync(person.UserName)).FinalAddress.AbsolutePath);
        }

        // The provider now sends an address no account has: the linked subject still finds the account.
        Provider.AddUser(person with { Email = $"renamed-{Guid.NewGuid():N}@njit.test" });
        using var second = new OidcSignInDriver(Site);
        var answer = await second.SignInAsync(person.UserName);

        Assert.Equal(HttpStatusCode.OK, answer.Response!.StatusCode);
        Assert.Equal("/admin", answer.FinalAddress.AbsolutePath);
        Assert.Equal(1, await Site.WithDbAsync(db => db.UserLogins.CountAsync(l => l.UserId == account.Id)));
    }

    [Fact]
    public async Task UnknownIdentity_IsRefused_WithNoAccountCreated_AndNoSession()
    {
        var stranger = OidcTestData.NewProviderUser(Provider);
        var usersBefore = await Site.WithDbAsync(db => db.Users.CountAsync());
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(stranger.UserName);

        await AssertRefusedAsync(driver, answer, ExternalSignInRefusal.UnknownIdentity, "does not belong to a staff account");
        Assert.Equal(usersBefore, await Site.WithDbAsync(db => db.Users.CountAsync()));
        Assert.False(await Site.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == stranger.Email)));
        Assert.False(await Site.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == stranger.Subject)));
        Assert.Contains(await OidcTestData.RefusalsAsync(Site), a => a.UserName == stranger.Email && a.Summary!.Contains(nameof(ExternalSignInRefusal.UnknownIdentity), StringComparison.Ordinal));
    }

    [Fact]
    public async Task DisabledAccount_IsRefused()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Administrator, disabled: true);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        await AssertRefusedAsync(driver, answer, ExternalSignInRefusal.AccountDisabled, "is disabled");
        Assert.Contains(await OidcTestData.RefusalsAsync(Site), a => a.UserName == person.Email && a.Summary!.Contains(nameof(ExternalSignInRefusal.AccountDisabled), StringComparison.Ordinal));
        Assert.False(await Site.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == person.Subject)));
    }

    [Fact]
    public async Task IdentityWithoutEmail_IsRefused()
    {
        var person = OidcTestData.NewProviderUser(Provider, email: null, verified: null);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        await AssertRefusedAsync(driver, answer, ExternalSignInRefusal.EmailMissing, "did not give this site your email address");
    }

    [Fact]
    public async Task UnverifiedEmail_IsRefused_EvenWhenAnAccountHasIt()
    {
        var person = OidcTestData.NewProviderUser(Provider, verified: false);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using var driver = new OidcSignInDriver(Site);

        var answer = await driver.SignInAsync(person.UserName);

        await AssertRefusedAsync(driver, answer, ExternalSignInRefusal.EmailNotVerified, "is not verified");
    }

    [Theory]
    [InlineData(TokenTampering.WrongAudience)]
    [InlineData(TokenTampering.WrongIssuer)]
    [InlineData(TokenTampering.Expired)]
    public async Task SpoiledIdToken_IsRefused_ForAKnownAccount(TokenTampering tampering)
    {
        var person = OidcTestData.NewProviderUser(Provider);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using var driver = new OidcSignInDriver(Site);
        var authorize = await driver.PressSignInButtonAsync();
        var callback = await driver.SignInAtProviderAsync(authorize, person.UserName);

        SiteAnswer answer;
        Provider.Tampering = tampering;
        try
        {
            answer = await driver.FollowSiteAsync(callback);
        }
        finally
        {
            Provider.Tampering = TokenTampering.None;
        }

        await AssertRefusedAsync(driver, answer, ExternalSignInRefusal.InvalidToken, "could not be verified");
        Assert.False(await Site.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == person.Subject)));
    }

    [Fact]
    public async Task ReplayedAuthorizationCode_IsRefused()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using var victim = new OidcSignInDriver(Site);
        var callback = await victim.SignInAtProviderAsync(await victim.PressSignInButtonAsync(), person.UserName);
        // The replayer holds the victim's correlation and nonce cookies too, so only the provider's
        // one-time code stands in the way.
        var stolen = new CookieContainer();
        stolen.Add(victim.SiteCookies.GetAllCookies());

        Assert.Equal("/admin", (await victim.FollowSiteAsync(callback)).FinalAddress.AbsolutePath);
        using var replayer = new OidcSignInDriver(Site, stolen);
        var replayed = await replayer.FollowSiteAsync(callback);

        await AssertRefusedAsync(replayer, replayed, ExternalSignInRefusal.ProviderError, "did not complete the sign-in");
    }

    [Fact]
    public async Task ReplayedCallback_InTheSameBrowser_IsRefused()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using var driver = new OidcSignInDriver(Site);
        var callback = await driver.SignInAtProviderAsync(await driver.PressSignInButtonAsync(), person.UserName);
        Assert.Equal("/admin", (await driver.FollowSiteAsync(callback)).FinalAddress.AbsolutePath);

        using var other = new OidcSignInDriver(Site);
        var replayed = await other.FollowSiteAsync(callback);

        await AssertRefusedAsync(other, replayed, ExternalSignInRefusal.InvalidState, "was changed on the way");
    }

    [Fact]
    public async Task TamperedState_IsRefused()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using var driver = new OidcSignInDriver(Site);
        var callback = await driver.SignInAtProviderAsync(await driver.PressSignInButtonAsync(), person.UserName);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query);
        var state = query["state"].ToString();
        var tampered = state[..^2] + (state[^2] == 'A' ? "B" : "A") + state[^1];
        var address = new Uri(callback, $"{callback.AbsolutePath}?code={Uri.EscapeDataString(query["code"].ToString())}&state={Uri.EscapeDataString(tampered)}");

        var answer = await driver.FollowSiteAsync(address);

        await AssertRefusedAsync(driver, answer, ExternalSignInRefusal.InvalidState, "was changed on the way");
    }

    [Fact]
    public async Task AnErrorFromTheProvider_IsRefused()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using var driver = new OidcSignInDriver(Site);
        var callback = await driver.SignInAtProviderAsync(await driver.PressSignInButtonAsync(), person.UserName, cancel: true);

        Assert.Contains("error=access_denied", callback.Query, StringComparison.Ordinal);
        var answer = await driver.FollowSiteAsync(callback);

        await AssertRefusedAsync(driver, answer, ExternalSignInRefusal.ProviderError, "did not complete the sign-in");
    }

    [Fact]
    public async Task RefusalPage_SpeaksTheStaffMembersLanguage()
    {
        using var client = Site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/account/external/refused?reason=UnknownIdentity");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("登录被拒绝", page.QuerySelector("h1")!.NormalizedText());
    }

    [Fact]
    public async Task SignOut_EndsTheLocalSession_AndTheProviderSession()
    {
        var person = OidcTestData.NewProviderUser(Provider);
        await OidcTestData.StaffFor(Site, person, StaffRoles.Editor);
        using var driver = new OidcSignInDriver(Site);
        Assert.Equal("/admin", (await driver.SignInAsync(person.UserName)).FinalAddress.AbsolutePath);
        var token = (await driver.Site.GetHtmlAsync("/admin")).AntiforgeryToken();
        var endSessionBefore = Provider.EndSessionRequests;

        using var signOut = await driver.Site.PostAsync(
            new Uri("/admin/account/logout", UriKind.Relative),
            new FormUrlEncodedContent([new KeyValuePair<string, string>("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var endSession = signOut.Headers.Location!;
        Assert.StartsWith(new Uri(Provider.Authority, "connect/logout").ToString(), endSession.ToString(), StringComparison.Ordinal);
        Assert.False(driver.HasSessionCookie);
        var backAtSite = await driver.SignInAtProviderAsync(endSession, person.UserName);
        Assert.Equal(endSessionBefore + 1, Provider.EndSessionRequests);
        Assert.Equal("/signout-callback-oidc", backAtSite.AbsolutePath);
        var home = await driver.FollowSiteAsync(backAtSite);
        Assert.DoesNotContain(home.Visited, v => v.AbsolutePath.StartsWith("/admin", StringComparison.Ordinal));
        using var dashboard = await driver.Site.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.Contains("/admin/account/login", dashboard.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task AssertRefusedAsync(OidcSignInDriver driver, SiteAnswer answer, ExternalSignInRefusal refusal, string explanation)
    {
        Assert.NotNull(answer.Response);
        Assert.Equal(HttpStatusCode.Forbidden, answer.Response.StatusCode);
        Assert.Equal(ExternalSignInPaths.RefusedPage, answer.FinalAddress.AbsolutePath);
        Assert.Contains($"reason={refusal}", answer.FinalAddress.Query, StringComparison.Ordinal);
        var page = await answer.Response.ReadHtmlAsync();
        Assert.Equal("Sign-in refused", page.QuerySelector("h1")!.NormalizedText());
        Assert.Contains(explanation, page.QuerySelector("main")!.NormalizedText(), StringComparison.Ordinal);
        Assert.False(driver.HasSessionCookie);
        // Tests of a class run one at a time: the latest refusal is this test's.
        Assert.Contains(refusal.ToString(), (await OidcTestData.RefusalsAsync(Site))[^1].Summary, StringComparison.Ordinal);
        using var dashboard = await driver.Site.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }
}
