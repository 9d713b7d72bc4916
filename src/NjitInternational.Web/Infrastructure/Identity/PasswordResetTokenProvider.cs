using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>
/// Password reset tokens: Identity's data-protection token (time, user, purpose, security stamp)
/// read on the site's <see cref="TimeProvider"/>. The stock DataProtectorTokenProvider reads the
/// system clock, so its one-hour limit could not be tested; this one is the same idea on the
/// injected clock. A token stops working after <see cref="Lifespan"/> and as soon as the security
/// stamp changes, which a successful reset does: so each link works once.
/// </summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string ProviderName = "PasswordResetOnSiteClock";

    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(1);

    private readonly IDataProtector _protector = protection.CreateProtector("NjitInternational.PasswordReset.v1");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var stamp = await manager.GetSecurityStampAsync(user);
        var payload = string.Join('\n', clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), user.Id, purpose, stamp);
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        string payload;
        try
        {
            payload = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? string.Empty)));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return false;
        }

        var parts = payload.Split('\n');
        if (parts.Length != 4 || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age >= TimeSpan.FromMinutes(-1) && age <= Lifespan
            && string.Equals(parts[1], user.Id, StringComparison.Ordinal)
            && string.Equals(parts[2], purpose, StringComparison.Ordinal)
            && string.Equals(parts[3], await manager.GetSecurityStampAsync(user), StringComparison.Ordinal);
    }
}
