using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

public class SignInAuditTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SignIns_AndFailures_AreAudited_WithoutThePassword()
    {
        var user = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        var client = site.CreateBrowserLikeClient();

        using (await StaffAccounts.SignInAsync(client, "nobody@njit.test", "some-wrong-password-1"))
        {
        }

        using (await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password))
        {
        }

        var entries = await site.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.SignIn || a.Action == AuditActions.SignInFailed).ToListAsync());
        Assert.Contains(entries, a => a.Action == AuditActions.SignInFailed && a.UserName == "nobody@njit.test");
        Assert.Contains(entries, a => a.Action == AuditActions.SignIn && a.UserName == user.Email && a.EntityId == user.Id);
        Assert.DoesNotContain(entries, a => (a.Summary ?? string.Empty).Contains("some-wrong-password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_ForFifteenMinutes()
    {
        var user = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        var client = site.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await StaffAccounts.SignInAsync(client, user.Email!, "not-the-password-at-all");
            Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        }

        using (var refused = await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("locked", (await refused.ReadHtmlAsync()).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        }

        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignInLockedOut && a.EntityId == user.Id)));

        // Identity's UserManager reads the system clock (not TimeProvider) for lockout, so the
        // 15 minutes are simulated by moving the stored lockout end into the past.
        var lockoutEnd = await site.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        await site.WithDbAsync(async db =>
        {
            var row = await db.Users.SingleAsync(u => u.Id == user.Id);
            row.LockoutEnd = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        });

        using var accepted = await StaffAccounts.SignInAsync(client, user.Email!, StaffAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }
}
