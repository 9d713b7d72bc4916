using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.Admin;

public partial class CreateAdminCommandTests(EmptySiteFactory site) : IClassFixture<EmptySiteFactory>
{
    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string stdin = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var arguments = CreateAdminCommand.Parse(args, error);
        if (arguments is null)
        {
            return (64, output.ToString(), error.ToString());
        }

        await using var scope = site.Services.CreateAsyncScope();
        var code = await scope.ServiceProvider.GetRequiredService<CreateAdminCommand>()
            .RunAsync(arguments, new StringReader(stdin), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task CreateAdmin_PrintsAOneTimePassword_ThatSignsInAndMustBeChanged()
    {
        var (code, output, _) = await RunAsync(["create-admin", "--email", "first@njit.test", "--name", "First Admin"]);

        Assert.Equal(0, code);
        var password = PasswordLine().Match(output).Groups[1].Value;
        Assert.Equal(20, password.Length);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync("first@njit.test");
            Assert.NotNull(user);
            Assert.True(user.MustChangePassword);
            Assert.Equal("First Admin", user.DisplayName);
            Assert.True(await users.IsInRoleAsync(user, StaffRoles.Administrator));
        }

        var client = site.CreateBrowserLikeClient();
        using var signIn = await StaffAccounts.SignInAsync(client, "first@njit.test", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin/account/change-password", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CreateAdmin_RefusesAnExistingEmail()
    {
        Assert.Equal(0, (await RunAsync(["create-admin", "--email", "twice@njit.test"])).Code);

        var (code, output, error) = await RunAsync(["create-admin", "--email", "twice@njit.test"]);

        Assert.NotEqual(0, code);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.DoesNotContain("password", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("short", "at least 12 characters")]
    [InlineData("qwertyqwerty", "commonly used")]
    public async Task CreateAdmin_WithPasswordFromStdin_ReportsPolicyErrors(string password, string message)
    {
        var email = $"stdin-{Guid.NewGuid():N}@njit.test";
        var (code, _, error) = await RunAsync(["create-admin", "--email", email, "--password-stdin"], password + "\n");

        Assert.NotEqual(0, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.Email == email))));
    }

    [Fact]
    public async Task CreateAdmin_WithAGoodPasswordFromStdin_CreatesTheAccount_AndAuditsIt()
    {
        var (code, output, _) = await RunAsync(["create-admin", "--email", "stdin-ok@njit.test", "--password-stdin"], "plum-harbour-lantern-47\n");

        Assert.Equal(0, code);
        Assert.DoesNotContain("plum-harbour", output, StringComparison.Ordinal);
        var audited = await site.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.Action == AuditActions.AccountCreated && a.Summary!.Contains("stdin-ok@njit.test"))));
        Assert.Equal(1, audited);
    }

    [Fact]
    public void Parse_RequiresAnEmail()
    {
        using var error = new StringWriter();

        Assert.Null(CreateAdminCommand.Parse(["create-admin", "--name", "X"], error));
        Assert.Contains("--email is required", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void HostArguments_DropTheCommandsOwnOptions_AndKeepConfiguration()
    {
        var host = CreateAdminCommand.HostArguments(["create-admin", "--password-stdin", "--ConnectionStrings:Default=x", "--email", "a@b"]);

        Assert.Equal(["--ConnectionStrings:Default=x"], host);
    }

    [Fact]
    public async Task CreateAdmin_WithBreakGlass_MarksTheAccount_AndOnlyThatOne()
    {
        var (code, output, _) = await RunAsync(["create-admin", "--email", "glass@njit.test", "--break-glass"]);
        Assert.Equal(0, (await RunAsync(["create-admin", "--email", "ordinary@njit.test"])).Code);

        Assert.Equal(0, code);
        Assert.Contains("Break-glass administrator glass@njit.test created", output, StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.FindByEmailAsync("glass@njit.test"))!.BreakGlass);
        Assert.False((await users.FindByEmailAsync("ordinary@njit.test"))!.BreakGlass);
        Assert.Equal(["--x:y=1"], CreateAdminCommand.HostArguments(["create-admin", "--break-glass", "--x:y=1", "--email", "a@b"]));
    }

    [GeneratedRegex("One-time password: (\\S+)")]
    private static partial Regex PasswordLine();
}
