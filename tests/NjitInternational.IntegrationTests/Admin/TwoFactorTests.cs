using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Infrastructure.Authorization;
using OtpNet;

namespace NjitInternational.IntegrationTests.Admin;

/// <summary>
/// Authenticator-app sign-in end to end over real HTTP. Codes are computed here with Otp.NET (an
/// independent RFC 6238 implementation) from the key read off the enrolment page, at times set
/// on the site's fake clock (the token provider reads the injected TimeProvider). The clock stands
/// on a 30-second boundary, so now-60 s is exactly two steps back.
/// </summary>
public class TwoFactorTests(TwoFactorSiteFactory site) : IClassFixture<TwoFactorSiteFactory>
{
    private const string CodePage = "/admin/account/login/code";
    private const string RecoveryPage = "/admin/account/login/recovery";
    private const string EnrolmentPage = "/admin/account/security/authenticator";

    [Fact]
    public async Task Enrolment_ShowsTheKeyInGroupsAndAQrCode_AndACodeFromTheKeyTurnsOnTwoFactor_WithTenRecoveryCodes()
    {
        var (client, user) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var page = await client.GetHtmlAsync(EnrolmentPage);
        var shownKey = page.QuerySelector("#authenticator-key")!.TextContent;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", shownKey);
        var qr = page.QuerySelector("img.qr-code")!;
        Assert.StartsWith("data:image/svg+xml;base64,", qr.GetAttribute("src"), StringComparison.Ordinal);
        var svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(qr.GetAttribute("src")!["data:image/svg+xml;base64,".Length..]));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("alt")));

        using (var wrong = await AdminForms.SubmitAsync(client, EnrolmentPage, EnrolmentPage, new() { ["Code"] = "000000" == Code(shownKey, 0) ? "111111" : "000000" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        Assert.False(await site.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        using var enabled = await AdminForms.SubmitAsync(client, EnrolmentPage, EnrolmentPage, new() { ["Code"] = Code(shownKey, 0) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await enabled.ReadHtmlAsync()).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.True(await site.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        // The session survives enabling (the renewed stamp came with a renewed cookie).
        using var dashboard = await client.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task SignIn_AcceptsACodeFromThePreviousOrNextWindow_AndRefusesOneTwoWindowsAway()
    {
        var (email, key, _) = await EnrolledAccountAsync(StaffRoles.Editor);

        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var client = await PasswordStepAsync(email);
        using (var twoBack = await SubmitCodeAsync(client, Code(key, -60)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twoBack.StatusCode);
        }

        using (var twoAhead = await SubmitCodeAsync(client, Code(key, 60)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twoAhead.StatusCode);
        }

        using (var previous = await SubmitCodeAsync(client, Code(key, -30)))
        {
            Assert.Equal(HttpStatusCode.Redirect, previous.StatusCode);
            Assert.Equal("/admin", previous.Headers.Location!.OriginalString);
        }

        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var next = await PasswordStepAsync(email);
        using var nextWindow = await SubmitCodeAsync(next, Code(key, 30));
        Assert.Equal(HttpStatusCode.Redirect, nextWindow.StatusCode);
        using var dashboard = await next.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task ACode_WorksOnlyOnce()
    {
        var (email, key, _) = await EnrolledAccountAsync(StaffRoles.Editor);
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var code = Code(key, 0);
        using (var first = await SubmitCodeAsync(await PasswordStepAsync(email), code))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var replayed = await SubmitCodeAsync(await PasswordStepAsync(email), code);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
    }

    [Fact]
    public async Task ThePasswordAlone_DoesNotSignIn_WhenTwoFactorIsOn()
    {
        var (email, _, _) = await EnrolledAccountAsync(StaffRoles.Editor);
        var client = site.CreateBrowserLikeClient();
        using var password = await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith(CodePage, password.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var admin = await client.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/account/login", admin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecoveryCode_WorksOnce_AndEachUseIsAudited()
    {
        var (email, _, codes) = await EnrolledAccountAsync(StaffRoles.Editor);
        var user = await site.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));

        var client = await PasswordStepAsync(email);
        using (var used = await AdminForms.SubmitAsync(client, RecoveryPage, RecoveryPage, new() { ["RecoveryCode"] = codes[3] }))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }

        var entry = await site.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.RecoveryCodeUsed && a.EntityId == user.Id));
        Assert.Contains("9 left", entry.Summary, StringComparison.Ordinal);

        var again = await PasswordStepAsync(email);
        using var reused = await AdminForms.SubmitAsync(again, RecoveryPage, RecoveryPage, new() { ["RecoveryCode"] = codes[3] });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("not correct or has been used", (await reused.ReadHtmlAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await site.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.RecoveryCodeUsed && a.EntityId == user.Id)));
    }

    [Fact]
    public async Task RecoveryCodes_AreStoredHashed_AndACodeStoredInPlainTextBeforeStillWorksOnce()
    {
        var (email, _, codes) = await EnrolledAccountAsync(StaffRoles.Editor);
        var user = await site.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var stored = await site.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync());
        var entries = stored!.Split(';');
        Assert.Equal(10, entries.Length);
        Assert.All(entries, e => Assert.StartsWith("pbkdf2-sha256$", e, StringComparison.Ordinal));
        Assert.All(codes, c => Assert.DoesNotContain(c, stored, StringComparison.Ordinal));

        // An account enrolled before hashing: its token holds the codes as Identity wrote them.
        const string legacyCode = "LEGCY-CODE1";
        await site.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "RecoveryCodes")
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.Value, stored + ";" + legacyCode)));
        var client = await PasswordStepAsync(email);
        using (var used = await AdminForms.SubmitAsync(client, RecoveryPage, RecoveryPage, new() { ["RecoveryCode"] = legacyCode }))
        {
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        }

        var left = await site.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == user.Id && t.Name == "RecoveryCodes").Select(t => t.Value).SingleAsync());
        Assert.Equal(stored, left);
    }

    [Fact]
    public async Task FailedCodes_CountTowardLockout_AndThenEvenTheRightCodeIsRefused()
    {
        var (email, key, _) = await EnrolledAccountAsync(StaffRoles.Editor);
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var client = await PasswordStepAsync(email);
        var wrong = Code(key, 0) == "123456" ? "654321" : "123456";
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var refused = await SubmitCodeAsync(client, wrong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var right = await SubmitCodeAsync(client, Code(key, 0));
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("locked", (await right.ReadHtmlAsync()).Body!.TextContent, StringComparison.Ordinal);
        var user = await site.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.True(user.LockoutEnd > site.Clock.GetUtcNow());
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignInLockedOut && a.EntityId == user.Id)));
    }

    [Fact]
    public async Task AnAdministratorWithoutASecondFactor_IsSentToEnrolment_FromEveryAdminPage_ButCanSignOut()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        foreach (var path in new[] { "/admin", "/admin/users", "/admin/partners", "/admin/audit", "/admin/account/security" })
        {
            using var response = await client.GetAsync(AdminForms.Url(path));
            if (path == "/admin/account/security")
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                continue;
            }

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(EnrolmentPage, response.Headers.Location!.OriginalString);
        }

        var enrolment = await client.GetHtmlAsync(EnrolmentPage);
        Assert.NotNull(enrolment.QuerySelector(".notice"));
        var key = enrolment.QuerySelector("#authenticator-key")!.TextContent;
        using (var enabled = await AdminForms.SubmitAsync(client, EnrolmentPage, EnrolmentPage, new() { ["Code"] = Code(key, 0) }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        using (var users = await client.GetAsync(AdminForms.Url("/admin/users")))
        {
            Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        }

        // Sign-out is never gated.
        var (other, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var security = await other.GetHtmlAsync("/admin/account/security");
        var logout = (IHtmlFormElement)security.QuerySelector("form[action='/admin/account/logout']")!;
        using var signedOut = await other.SubmitFormAsync(logout, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var after = await other.GetAsync(AdminForms.Url("/admin"));
        Assert.StartsWith("/admin/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorWithoutASecondFactor_IsNotSentToEnrolment()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using var response = await client.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnAdministratorsReset_EndsTheUsersSessions_TurnsOffTheirSecondFactor_AndIsAudited()
    {
        var (email, key, _) = await EnrolledAccountAsync(StaffRoles.Editor);
        site.Clock.Advance(TimeSpan.FromMinutes(5));
        var editor = await PasswordStepAsync(email);
        using (var signedIn = await SubmitCodeAsync(editor, Code(key, 0)))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var editorUser = await site.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var (admin, _, _, _) = await EnrolledClientAsync(StaffRoles.Administrator);
        var list = await admin.GetHtmlAsync("/admin/users");
        Assert.NotNull(list.QuerySelector($"a[href='/admin/users/{editorUser.Id}/reset-two-factor']"));
        using var reset = await AdminForms.SubmitAsync(admin, $"/admin/users/{editorUser.Id}/reset-two-factor", $"/admin/users/{editorUser.Id}/reset-two-factor");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var after = await editor.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var stored = await site.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == editorUser.Id));
        Assert.False(stored.TwoFactorEnabled);
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.TwoFactorReset && a.EntityId == editorUser.Id)));

        // The password alone now signs in (the editor enrols again if they wish).
        using var password = await StaffAccounts.SignInAsync(site.CreateBrowserLikeClient(), email, StaffAccounts.Password);
        Assert.Equal("/admin", password.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TurningTwoFactorOff_NeedsACodeOrThePassword()
    {
        var (client, email, _, _) = await EnrolledClientAsync(StaffRoles.Editor);
        using (var refused = await AdminForms.SubmitAsync(client, "/admin/account/security/disable", "/admin/account/security/disable", new() { ["Proof"] = "not-my-password" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.True(await site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        using var off = await AdminForms.SubmitAsync(client, "/admin/account/security/disable", "/admin/account/security/disable", new() { ["Proof"] = StaffAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.TwoFactorDisabled && a.UserName == email)));
    }

    /// <summary>The code Otp.NET computes for the site clock's now + <paramref name="offsetSeconds"/>.</summary>
    private string Code(string shownKey, int offsetSeconds)
    {
        var key = Base32Encoding.ToBytes(shownKey.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        return new Totp(key).ComputeTotp(site.Clock.GetUtcNow().AddSeconds(offsetSeconds).UtcDateTime);
    }

    /// <summary>A new account that enrolled through the page; returns its email, key and recovery codes.</summary>
    private async Task<(string Email, string Key, List<string> Codes)> EnrolledAccountAsync(string role)
    {
        var (_, email, key, codes) = await EnrolledClientAsync(role);
        return (email, key, codes);
    }

    /// <summary>As <see cref="EnrolledAccountAsync"/>, with the client that enrolled (still signed in).</summary>
    private async Task<(HttpClient Client, string Email, string Key, List<string> Codes)> EnrolledClientAsync(string role)
    {
        var (client, user) = await StaffAccounts.SignedInClientAsync(site, role);
        var key = (await client.GetHtmlAsync(EnrolmentPage)).QuerySelector("#authenticator-key")!.TextContent;
        using var enabled = await AdminForms.SubmitAsync(client, EnrolmentPage, EnrolmentPage, new() { ["Code"] = Code(key, 0) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = (await enabled.ReadHtmlAsync()).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        return (client, user.Email!, key, codes);
    }

    /// <summary>A fresh client past the password step, on the code page.</summary>
    private async Task<HttpClient> PasswordStepAsync(string email)
    {
        var client = site.CreateBrowserLikeClient();
        using var response = await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(CodePage, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return client;
    }

    private static Task<HttpResponseMessage> SubmitCodeAsync(HttpClient client, string code) =>
        AdminForms.SubmitAsync(client, CodePage, CodePage, new() { ["Code"] = code });
}
