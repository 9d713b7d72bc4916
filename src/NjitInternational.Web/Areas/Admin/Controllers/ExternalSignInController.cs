using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Features.ExternalSignIn;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// Sign-in through the university's OpenID Connect provider: the challenge (a form post from the
/// sign-in page), the callback after the handler has validated the tokens into Identity's external
/// cookie, and the refusal page. Every action answers 404 while the provider is not configured.
/// </summary>
[Route("admin/account/external")]
[AllowAnonymous]
public sealed partial class ExternalSignInController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    ExternalStaffSignIn staffSignIn,
    SignInMethods methods,
    IOptions<OidcOptions> oidcOptions,
    AccountAudit audit,
    ILogger<ExternalSignInController> logger) : AdminController
{
    [AllowPendingPasswordChange]
    [HttpPost("")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public IActionResult Challenge(string? returnUrl)
    {
        if (!methods.OidcEnabled)
        {
            return NotFound();
        }

        var callback = ExternalSignInPaths.Callback + (Url.IsLocalUrl(returnUrl) ? "?returnUrl=" + Uri.EscapeDataString(returnUrl) : string.Empty);
        var properties = signInManager.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, callback);
        return Challenge(properties, OidcOptions.Scheme);
    }

    [AllowPendingPasswordChange]
    [HttpGet("callback")]
    public async Task<IActionResult> Callback(string? returnUrl, CancellationToken cancellationToken)
    {
        if (!methods.OidcEnabled)
        {
            return NotFound();
        }

        var login = await signInManager.GetExternalLoginInfoAsync();
        if (login is null)
        {
            // No external cookie: the callback was opened directly, or the cookie expired.
            return await RefuseAsync(ExternalSignInRefusal.InvalidState, null, null, cancellationToken);
        }

        var decision = await staffSignIn.DecideAsync(login);
        if (decision.User is not { } user)
        {
            return await RefuseAsync(decision.Refusal!.Value, decision.Email, null, cancellationToken);
        }

        if (decision.LinksLogin)
        {
            var linked = await userManager.AddLoginAsync(user, new UserLoginInfo(login.LoginProvider, login.ProviderKey, methods.OidcDisplayName));
            if (!linked.Succeeded)
            {
                return await RefuseAsync(ExternalSignInRefusal.UnknownIdentity, user.Email, user, cancellationToken);
            }

            audit.Add(AuditActions.ExternalLoginLinked, user.Email, user, $"Linked to the identity provider ({methods.OidcDisplayName}) at first sign-in.");
        }

        var providerDidMultiFactor = ProviderAuthenticationStrength.IsMultiFactor(login.Principal, oidcOptions.Value);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!providerDidMultiFactor && user.TwoFactorEnabled)
        {
            // The provider vouches for one factor, like a password: the account's own second
            // factor follows on the code page (Identity's two-factor cookie remembers the provider).
            // A lockout counts here, as the code it guards would be refused anyway.
            var result = await signInManager.ExternalLoginSignInAsync(login.LoginProvider, login.ProviderKey, isPersistent: false, bypassTwoFactor: false);
            if (result.RequiresTwoFactor)
            {
                return RedirectToAction(nameof(AccountController.LoginWithCode), "Account", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
            }

            return await RefuseAsync(result.IsLockedOut ? ExternalSignInRefusal.LockedOut : ExternalSignInRefusal.AccountDisabled, user.Email, user, cancellationToken);
        }

        // The authentication method claim marks the session as the provider's, for sign-out; "mfa"
        // lets an administrator through the second-factor rule when the provider asked for both.
        Claim[] claims = providerDidMultiFactor
            ? [new(ClaimTypes.AuthenticationMethod, OidcOptions.Scheme), new(ProviderAuthenticationStrength.AmrClaim, ProviderAuthenticationStrength.MultiFactor)]
            : [new(ClaimTypes.AuthenticationMethod, OidcOptions.Scheme)];
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, claims);
        LogSignedIn(logger, user.Email!);
        audit.Add(AuditActions.SignIn, user.Email, user, $"Signed in with {methods.OidcDisplayName}.");
        await audit.SaveAsync(cancellationToken);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(DashboardController.Index), "Dashboard");
    }

    [AllowPendingPasswordChange]
    [HttpGet("refused")]
    [StaffLanguage]
    public IActionResult Refused(string? reason)
    {
        if (!methods.OidcEnabled)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status403Forbidden;
        Response.Headers.CacheControl = "no-store";
        var refusal = Enum.TryParse<ExternalSignInRefusal>(reason, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : (ExternalSignInRefusal?)null;
        return View(new SignInRefusedViewModel(refusal, methods.OidcDisplayName, methods.PasswordsForEveryone));
    }

    private async Task<IActionResult> RefuseAsync(ExternalSignInRefusal refusal, string? email, AppUser? user, CancellationToken cancellationToken)
    {
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        LogRefused(logger, email ?? "(no email)", refusal);
        audit.Add(AuditActions.ExternalSignInRefused, email, user, $"Sign-in with {methods.OidcDisplayName} refused for {email ?? "an identity without an email address"}: {refusal}.");
        await audit.SaveAsync(cancellationToken);
        return Redirect(ExternalSignInPaths.Refused(refusal));
    }

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Staff sign-in through the identity provider succeeded for {Email}")]
    private static partial void LogSignedIn(ILogger logger, string email);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Staff sign-in through the identity provider refused for {Email}: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string email, ExternalSignInRefusal refusal);
}
