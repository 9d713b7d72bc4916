using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>
/// Decides whether an identity the provider vouched for may become a staff session. There is no
/// self-registration: a login already linked to an account decides by itself; otherwise the
/// identity's email (not marked unverified) must belong to an existing, enabled account, and the
/// caller then links the login so later sign-ins no longer depend on the email.
/// </summary>
public sealed class ExternalStaffSignIn(UserManager<AppUser> users, IOptions<OidcOptions> options)
{
    public const string EmailVerifiedClaim = "email_verified";

    public async Task<ExternalSignInDecision> DecideAsync(ExternalLoginInfo login)
    {
        ArgumentNullException.ThrowIfNull(login);
        var email = login.Principal.FindFirstValue(options.Value.EmailClaim)?.Trim();

        var linked = await users.FindByLoginAsync(login.LoginProvider, login.ProviderKey);
        if (linked is not null)
        {
            return linked.IsDisabled
                ? ExternalSignInDecision.Refuse(ExternalSignInRefusal.AccountDisabled, linked.Email)
                : ExternalSignInDecision.Accept(linked, linksLogin: false);
        }

        if (string.IsNullOrEmpty(email))
        {
            return ExternalSignInDecision.Refuse(ExternalSignInRefusal.EmailMissing, null);
        }

        // Absent is accepted (Entra ID does not send email_verified); only an explicit false refuses.
        if (string.Equals(login.Principal.FindFirstValue(EmailVerifiedClaim), "false", StringComparison.OrdinalIgnoreCase))
        {
            return ExternalSignInDecision.Refuse(ExternalSignInRefusal.EmailNotVerified, email);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return ExternalSignInDecision.Refuse(ExternalSignInRefusal.UnknownIdentity, email);
        }

        if (user.IsDisabled)
        {
            return ExternalSignInDecision.Refuse(ExternalSignInRefusal.AccountDisabled, email);
        }

        // The account is already tied to another identity at this provider (an address handed on
        // to someone else): the email alone must not take it over.
        var existing = await users.GetLoginsAsync(user);
        if (existing.Any(l => l.LoginProvider == login.LoginProvider))
        {
            return ExternalSignInDecision.Refuse(ExternalSignInRefusal.UnknownIdentity, email);
        }

        return ExternalSignInDecision.Accept(user, linksLogin: true);
    }
}
