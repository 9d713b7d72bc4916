using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

public class ChangePasswordTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Page = "/admin/account/change-password";

    [Fact]
    public async Task AnAccountThatMustChangeItsPassword_IsSentToTheChangePage_FromEveryAdminPage_UntilItDoes()
    {
        var user = await StaffAccounts.CreateAsync(site, StaffRoles.Administrator, mustChangePassword: true);
        var client = site.CreateBrowserLikeClient();
        using (var signIn = await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password))
        {
            Assert.Equal(Page, signIn.Headers.Location!.OriginalString);
        }

        foreach (var url in new[] { "/admin", "/admin/users", "/admin/enquiries", "/admin/audit" })
        {
            using var gated = await client.GetAsync(AdminForms.Url(url));
            Assert.Equal(HttpStatusCode.Redirect, gated.StatusCode);
            Assert.Equal(Page, gated.Headers.Location!.OriginalString);
        }

        using (var common = await AdminForms.SubmitAsync(client, Page, Page, new()
        {
            ["CurrentPassword"] = StaffAccounts.Password,
            ["NewPassword"] = "qwertyqwerty",
            ["ConfirmPassword"] = "qwertyqwerty",
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
            Assert.Contains("commonly used", (await common.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='NewPassword']")!.TextContent, StringComparison.Ordinal);
        }

        using (var wrongCurrent = await AdminForms.SubmitAsync(client, Page, Page, new()
        {
            ["CurrentPassword"] = "not-my-password-at-all",
            ["NewPassword"] = "copper-meadow-violin-82",
            ["ConfirmPassword"] = "copper-meadow-violin-82",
        }))
        {
            Assert.Contains("not correct", (await wrongCurrent.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='CurrentPassword']")!.TextContent, StringComparison.Ordinal);
        }

        using (var changed = await AdminForms.SubmitAsync(client, Page, Page, new()
        {
            ["CurrentPassword"] = StaffAccounts.Password,
            ["NewPassword"] = "copper-meadow-violin-82",
            ["ConfirmPassword"] = "copper-meadow-violin-82",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
            Assert.Equal("/admin", changed.Headers.Location!.OriginalString);
        }

        using var dashboard = await client.GetAsync(AdminForms.Url("/admin"));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Fact]
    public async Task MismatchedConfirmation_IsShownNextToTheField()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);

        using var response = await AdminForms.SubmitAsync(client, Page, Page, new()
        {
            ["CurrentPassword"] = StaffAccounts.Password,
            ["NewPassword"] = "copper-meadow-violin-82",
            ["ConfirmPassword"] = "copper-meadow-violin-83",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("do not match", (await response.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='ConfirmPassword']")!.TextContent, StringComparison.Ordinal);
    }
}
