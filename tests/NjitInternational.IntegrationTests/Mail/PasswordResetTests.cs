using System.Net;
using System.Text.RegularExpressions;
using NjitInternational.IntegrationTests.Admin;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Mail;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Mail;

/// <summary>"Forgot your password?": same answer for any address, a link that works once for one hour, other sessions ended.</summary>
public partial class PasswordResetTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    private const string NewPassword = "quiet-river-copper-91";

    private static async Task<HttpResponseMessage> AskForLinkAsync(HttpClient client, string email)
    {
        var login = await client.GetHtmlAsync("/admin/account/login");
        Assert.NotNull(login.QuerySelector("a[href='/admin/account/forgot-password']"));
        return await AdminForms.SubmitAsync(client, "/admin/account/forgot-password", "/admin/account/forgot-password", new() { ["Email"] = email });
    }

    private async Task<string> ResetLinkAsync(string email)
    {
        await site.RunSenderAsync();
        var message = site.Smtp.MessagesTo(email)[^1];
        return ResetLink().Match(message.TextBody ?? string.Empty).Groups[1].Value;
    }

    private static Task<HttpResponseMessage> UseLinkAsync(HttpClient client, string link) =>
        AdminForms.SubmitAsync(client, link, "/admin/account/reset-password", new() { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });

    [Fact]
    public async Task ResetLink_WorksOnce_EndsOtherSessions_AndUnknownAddressesGetTheSameAnswer()
    {
        var (otherSession, editor) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using var anonymous = site.CreateBrowserLikeClient();

        using var known = await AskForLinkAsync(anonymous, editor.Email!);
        using var unknown = await AskForLinkAsync(anonymous, "nobody-here@njit.test");
        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        var sentPage = await anonymous.GetHtmlAsync(known.Headers.Location!.OriginalString);
        Assert.Contains("If this address belongs to a staff account", sentPage.QuerySelector(".forgot-password-answer")!.TextContent, StringComparison.Ordinal);

        var link = await ResetLinkAsync(editor.Email!);
        Assert.StartsWith("/admin/account/reset-password?", link, StringComparison.Ordinal);
        Assert.Empty(site.Smtp.MessagesTo("nobody-here@njit.test"));
        Assert.Equal("Reset your password", site.Smtp.MessagesTo(editor.Email!)[^1].Subject);

        using (var reset = await UseLinkAsync(anonymous, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/admin/account/login", reset.Headers.Location!.OriginalString);
        }

        using (var stale = await otherSession.GetAsync(AdminForms.Url("/admin")))
        {
            Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
            Assert.Contains("/admin/account/login", stale.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using (var again = await UseLinkAsync(anonymous, link))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
            Assert.Contains("has already been used", (await again.ReadHtmlAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }

        using var fresh = site.CreateBrowserLikeClient();
        using var signIn = await StaffAccounts.SignInAsync(fresh, editor.Email!, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("/login", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_ComesInTheLanguageChosenOnTheAccountPage_AndExpiresAfterAnHour()
    {
        var (client, editor) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        using (var saved = await AdminForms.SubmitAsync(client, "/admin/account", "/admin/account", new() { ["PreferredCulture"] = "zh-CN", ["WeeklyDigest"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var anonymous = site.CreateBrowserLikeClient();
        using (var asked = await AskForLinkAsync(anonymous, editor.Email!))
        {
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        var link = await ResetLinkAsync(editor.Email!);
        Assert.Equal("重置密码", site.Smtp.MessagesTo(editor.Email!)[^1].Subject);

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        using var late = await UseLinkAsync(anonymous, link);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("has expired", (await late.ReadHtmlAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://localhost(/admin/account/reset-password\?\S+)")]
    private static partial Regex ResetLink();
}
