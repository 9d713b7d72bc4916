using Microsoft.EntityFrameworkCore;
using NjitInternational.TestIdentityProvider;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;

namespace NjitInternational.IntegrationTests.ExternalSignIn;

/// <summary>Per-test people: a provider user and (optionally) the staff account with the same email.</summary>
internal static class OidcTestData
{
    public static TestUser NewProviderUser(TestOidcProvider provider, string? email = "", bool? verified = true)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var user = new TestUser($"user-{id}", $"subject-{id}", email == string.Empty ? $"staff-{id}@njit.test" : email, verified);
        provider.AddUser(user);
        return user;
    }

    public static async Task<AppUser> StaffFor(SiteFactory site, TestUser user, string role, bool disabled = false)
    {
        var account = await StaffAccounts.CreateAsync(site, role, user.Email);
        if (disabled)
        {
            await site.WithDbAsync(async db =>
            {
                await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
            });
        }

        return account;
    }

    public static Task<List<AuditEntry>> RefusalsAsync(SiteFactory site) =>
        site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.ExternalSignInRefused).OrderBy(a => a.Id).ToListAsync());
}
