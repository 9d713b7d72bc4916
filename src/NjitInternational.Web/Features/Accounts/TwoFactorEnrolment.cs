using System.Text;
using Microsoft.AspNetCore.Identity;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Identity;
using QRCoder;

namespace NjitInternational.Web.Features.Accounts;

/// <summary>What the enrolment page shows: the key in groups of four, and its otpauth:// URI as an SVG QR code.</summary>
public sealed record AuthenticatorSetup(string FormattedKey, string Uri, string QrCodeDataUri);

/// <summary>
/// Enrolment, recovery codes and removal of an account's second factors; each change is audited in
/// the same SaveChanges as the change (Identity's store saves the shared context).
/// </summary>
public sealed class TwoFactorEnrolment(UserManager<AppUser> users, AccountAudit audit)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "NJIT International";

    /// <summary>
    /// The pending key (created on first view). Written straight to the token store, not through
    /// ResetAuthenticatorKeyAsync: a key that is not yet enabled changes nothing the account
    /// accepts, so the security stamp (and every open session) stays as it is.
    /// </summary>
    public async Task<AuthenticatorSetup> GetSetupAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = users.GenerateNewAuthenticatorKey();
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", key);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? string.Empty)}"
                  + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";
        return new AuthenticatorSetup(FormatKey(key), uri, QrCodeDataUri(uri));
    }

    /// <summary>Checks a code from the app against the pending key; on success enables two-factor sign-in and returns fresh recovery codes.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return null;
        }

        audit.Add(AuditActions.TwoFactorEnabled, user.Email, user, "Enabled two-factor sign-in with an authenticator app.");
        await users.SetTwoFactorEnabledAsync(user, true);
        return await NewRecoveryCodesAsync(user, audited: false);
    }

    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(AppUser user, bool audited = true)
    {
        if (audited)
        {
            audit.Add(AuditActions.RecoveryCodesRegenerated, user.Email, user, "Generated new recovery codes; the old ones no longer work.");
        }

        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
    }

    /// <summary>Turns the authenticator off, replaces its key, voids the recovery codes and (when asked) removes every passkey.</summary>
    public async Task<IdentityResult> RemoveAsync(AppUser user, string actor, string summary, bool removePasskeys)
    {
        ArgumentNullException.ThrowIfNull(user);
        audit.Add(removePasskeys ? AuditActions.TwoFactorReset : AuditActions.TwoFactorDisabled, actor, user, summary);
        if (removePasskeys)
        {
            foreach (var passkey in await users.GetPasskeysAsync(user))
            {
                await users.RemovePasskeyAsync(user, passkey.CredentialId);
            }
        }

        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await TimeStepAuthenticatorTokenProvider.ForgetLastStepAsync(users, user);
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key (and with it a new security stamp): the old app entry is useless, and every
        // session of the account ends at its next request.
        return await users.ResetAuthenticatorKeyAsync(user);
    }

    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>An SVG drawn on the server, shown as a data: image (allowed by the CSP's img-src), so no script or outside service is involved.</summary>
    private static string QrCodeDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
