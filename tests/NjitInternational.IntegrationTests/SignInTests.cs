using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests;

public class SignInTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Admin_RedirectsAnonymousVisitorsToTheLoginPage()
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithTheRightPassword_OpensTheDashboard()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dashboard", (await response.ReadHtmlAsync()).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsOneGenericMessage()
    {
        var user = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        var client = site.CreateBrowserLikeClient();

        using var response = await StaffAccounts.SignInAsync(client, user.Email!, "not-the-password-at-all");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The email address or password is not correct.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_IgnoresAReturnUrlToAnotherHost()
    {
        var user = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        var client = site.CreateBrowserLikeClient();
        var page = await client.GetHtmlAsync("/admin/account/login?returnUrl=https://evil.example/steal");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[action='/admin/account/login']")!;

        using var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Email"] = user.Email!,
            ["Password"] = StaffAccounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }
}
