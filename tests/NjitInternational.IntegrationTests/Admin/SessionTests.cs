using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

public class SessionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AuthCookie_IsHttpOnly_AndSameSiteLax()
    {
        var user = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        using var response = await StaffAccounts.SignInAsync(site.CreateBrowserLikeClient(), user.Email!, StaffAccounts.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("njit-auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_EvenForAReplayedCookie()
    {
        var user = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        var client = site.CreateBrowserLikeClient();
        using var signIn = await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password);
        var authCookie = AuthCookie(signIn);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(authCookie)).StatusCode);

        var dashboard = await client.GetHtmlAsync("/admin");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)dashboard.QuerySelector("form[action='/admin/account/logout']")!;
        using var logout = await client.SubmitFormAsync(form, []);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var replayed = await ReplayAsync(authCookie);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/admin/account/login", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAnAccount_EndsItsSessions()
    {
        var (editor, editorUser) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        using (var before = await editor.GetAsync(AdminForms.Url("/admin")))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var disable = await AdminForms.SubmitAsync(admin, $"/admin/users/{editorUser.Id}/disable", $"/admin/users/{editorUser.Id}/disable");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);

        using var after = await editor.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/account/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return await site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("njit-auth=", StringComparison.Ordinal)).Split(';')[0];

    [Fact]
    public async Task Session_EndsAfterEightHours_EvenWhenActive()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        // Active every 25 minutes (inside the 30-minute sliding window) for 7 h 55 min: still signed in.
        for (var elapsed = 0; elapsed < 475; elapsed += 25)
        {
            site.Clock.Advance(TimeSpan.FromMinutes(25));
            using var ok = await client.GetAsync(AdminForms.Url("/admin"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        site.Clock.Advance(TimeSpan.FromMinutes(10));
        using var expired = await client.GetAsync(AdminForms.Url("/admin"));

        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/admin/account/login", expired.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_EndsAfterThirtyMinutesWithoutActivity()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        site.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync(AdminForms.Url("/admin"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
