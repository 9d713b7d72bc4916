using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

public class UserManagementTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Create_ShowsAOneTimePasswordOnce_AndTheNewAccountMustChangeIt()
    {
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);

        using var response = await AdminForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["Email"] = "new.editor@njit.test",
            ["DisplayName"] = "New Editor",
            ["Role"] = StaffRoles.Editor,
        });
        var page = await response.ReadHtmlAsync();
        var password = page.QuerySelector("#one-time-password")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, password.Length);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync("new.editor@njit.test"))!;
        Assert.True(user.MustChangePassword);
        Assert.True(await users.CheckPasswordAsync(user, password));
        Assert.Equal([StaffRoles.Editor], await users.GetRolesAsync(user));
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.AccountCreated && a.EntityId == user.Id);
        Assert.DoesNotContain(password, entry.Summary!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_RefusesADuplicateEmail_WithTheErrorNextToTheField()
    {
        var (admin, adminUser) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);

        using var response = await AdminForms.SubmitAsync(admin, "/admin/users/create", "/admin/users/create", new()
        {
            ["Email"] = adminUser.Email!,
            ["Role"] = StaffRoles.Editor,
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already exists", page.QuerySelector("[data-valmsg-for='Email']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_UnlocksTheAccount_AndIssuesANewOneTimePassword()
    {
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var editor = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);
        await site.WithDbAsync(async db =>
        {
            var row = await db.Users.SingleAsync(u => u.Id == editor.Id);
            row.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            await db.SaveChangesAsync();
        });

        using var response = await AdminForms.SubmitAsync(admin, $"/admin/users/{editor.Id}/reset-password", $"/admin/users/{editor.Id}/reset-password");
        var password = (await response.ReadHtmlAsync()).QuerySelector("#one-time-password")!.TextContent;

        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(editor.Id))!;
        Assert.False(await users.IsLockedOutAsync(user));
        Assert.True(user.MustChangePassword);
        Assert.True(await users.CheckPasswordAsync(user, password));
        Assert.False(await users.CheckPasswordAsync(user, StaffAccounts.Password));
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.PasswordReset && a.EntityId == editor.Id)));
    }

    [Fact]
    public async Task ChangeRole_AndReEnable_AreAudited()
    {
        var (admin, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);
        var editor = await StaffAccounts.CreateAsync(site, StaffRoles.Editor);

        using (var role = await AdminForms.SubmitAsync(admin, "/admin/users", $"/admin/users/{editor.Id}/role", new() { ["Role"] = StaffRoles.Administrator }))
        {
            Assert.Equal(HttpStatusCode.Redirect, role.StatusCode);
        }

        using (await AdminForms.SubmitAsync(admin, $"/admin/users/{editor.Id}/disable", $"/admin/users/{editor.Id}/disable"))
        {
        }

        using (var enable = await AdminForms.SubmitAsync(admin, "/admin/users", $"/admin/users/{editor.Id}/enable"))
        {
            Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        }

        var actions = await site.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == editor.Id).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.RoleChanged, actions);
        Assert.Contains(AuditActions.AccountDisabled, actions);
        Assert.Contains(AuditActions.AccountEnabled, actions);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(editor.Id))!;
        Assert.False(user.IsDisabled);
        Assert.Equal([StaffRoles.Administrator], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task AnAdministrator_CannotDisableThemselves()
    {
        var (admin, adminUser) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Administrator);

        using var response = await AdminForms.SubmitAsync(admin, $"/admin/users/{adminUser.Id}/disable", $"/admin/users/{adminUser.Id}/disable");
        var list = await admin.GetHtmlAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("cannot disable your own account", list.QuerySelector(".status-message")!.TextContent, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.Users.Where(u => u.Id == adminUser.Id).Select(u => u.IsDisabled).SingleAsync()));
    }
}
