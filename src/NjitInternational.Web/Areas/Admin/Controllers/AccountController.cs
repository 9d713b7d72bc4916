using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Features.ExternalSignIn;
using NjitInternational.Web.Infrastructure.Identity;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>Staff sign-in (password, then an authenticator or recovery code; or a passkey), sign-out and password change.</summary>
[Route("admin/account")]
[AllowWithoutSecondFactor]
public sealed partial class AccountController(
    SignInManager<AppUser> signInManager,
    UserManager<AppUser> userManager,
    AccountAudit audit,
    SignInMethods methods,
    ProviderSignOut providerSignOut,
    ILogger<AccountController> logger) : AdminController
{
    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        View(new LoginInput { ReturnUrl = returnUrl });

    /// <summary>
    /// The password form for break-glass accounts while passwords are turned off for everyone
    /// else (docs/security.md: the way back in when the identity provider is down).
    /// </summary>
    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpGet("login/emergency")]
    public IActionResult EmergencyLogin(string? returnUrl)
    {
        ViewData["EmergencySignIn"] = true;
        return View(nameof(Login), new LoginInput { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpPost("login")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Login(LoginInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!methods.PasswordsForEveryone)
        {
            // Errors re-render the page that holds the form: the emergency one.
            ViewData["EmergencySignIn"] = true;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        var user = await userManager.FindByEmailAsync(input.Email);
        if (!methods.PasswordsForEveryone && user?.BreakGlass != true)
        {
            // Refused before the password is checked: no lockout count, and the same answer for
            // an unknown address as for an account that signs in through the provider.
            return await PasswordsOffAsync(input, cancellationToken);
        }

        if (user is null || user.IsDisabled)
        {
            return await SignInFailedAsync(input, user is null ? "unknown account" : "account disabled", cancellationToken);
        }

        var result = await signInManager.PasswordSignInAsync(user, input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            LogLockedOut(logger, user.Email!);
            audit.Add(AuditActions.SignInLockedOut, user.Email, user, "Sign-in refused: the account is locked after too many failed attempts.");
            await audit.SaveAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, "This account is locked after too many failed attempts. Try again in 15 minutes.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            input.Password = string.Empty;
            return View(input);
        }

        if (result.RequiresTwoFactor)
        {
            // Password accepted; the session starts only after the code (TwoFactorUserId cookie meanwhile).
            return RedirectToAction(nameof(LoginWithCode), new { returnUrl = LocalOrNull(input.ReturnUrl) });
        }

        if (!result.Succeeded)
        {
            return await SignInFailedAsync(input, "wrong password", cancellationToken);
        }

        return await SignedInAsync(user, "Signed in.", input.ReturnUrl, cancellationToken);
    }

    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpGet("login/code")]
    public async Task<IActionResult> LoginWithCode(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new TwoFactorCodeInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpPost("login/code")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> LoginWithCode(TwoFactorCodeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        // A wrong code counts toward lockout, like a wrong password (SignInManager does it).
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(input.Code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return await SignedInAsync(user, "Signed in with a password and an authenticator code.", input.ReturnUrl, cancellationToken);
        }

        return await SecondFactorFailedAsync(user, result.IsLockedOut, nameof(input.Code), "That code is not correct. Check the time on your phone and try the newest code.", input, cancellationToken);
    }

    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpGet("login/recovery")]
    public async Task<IActionResult> LoginWithRecoveryCode(string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(Login))
            : View(new RecoveryCodeInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpPost("login/recovery")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> LoginWithRecoveryCode(RecoveryCodeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        if (await userManager.IsLockedOutAsync(user))
        {
            return await SecondFactorFailedAsync(user, lockedOut: true, nameof(input.RecoveryCode), string.Empty, input, cancellationToken);
        }

        var code = input.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            var left = await userManager.CountRecoveryCodesAsync(user);
            audit.Add(AuditActions.RecoveryCodeUsed, user.Email, user, $"Signed in with a recovery code; {left} left.");
            return await SignedInAsync(user, "Signed in with a password and a recovery code.", input.ReturnUrl, cancellationToken);
        }

        // Identity does not count wrong recovery codes; they count here, so guessing locks out too.
        await userManager.AccessFailedAsync(user);
        var lockedOut = await userManager.IsLockedOutAsync(user);
        return await SecondFactorFailedAsync(user, lockedOut, nameof(input.RecoveryCode), "That recovery code is not correct or has been used already.", input, cancellationToken);
    }

    /// <summary>The WebAuthn request options (a fresh challenge, kept in the short-lived two-factor cookie) for wwwroot/js/passkeys.js.</summary>
    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpPost("login/passkey-options")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> PasskeyRequestOptions() =>
        Content(await signInManager.MakePasskeyRequestOptionsAsync(user: null), "application/json");

    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpPost("login/passkey")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> LoginWithPasskey(PasskeyCredentialInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var login = new LoginInput { ReturnUrl = input.ReturnUrl };
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(input.CredentialJson))
        {
            return PasskeyRefused(login, "Your browser did not send a passkey. Passkey sign-in needs JavaScript and a browser that supports passkeys.");
        }

        PasskeyAssertionResult<AppUser> assertion;
        try
        {
            assertion = await signInManager.PerformPasskeyAssertionAsync(input.CredentialJson);
        }
        catch (InvalidOperationException)
        {
            // No ceremony under way (the challenge cookie expired or was never set).
            assertion = PasskeyAssertionResult.Fail<AppUser>(new PasskeyException("No passkey sign-in is under way."));
        }

        var user = assertion.Succeeded ? assertion.User : null;
        if (user is null || user.IsDisabled || await userManager.IsLockedOutAsync(user))
        {
            LogSignInFailed(logger, user?.Email ?? "(passkey)", assertion.Succeeded ? "account disabled or locked" : "passkey not accepted");
            if (user is not null)
            {
                // Audited only when a real account's passkey was refused: anonymous garbage is
                // logged, never stored (anyone could otherwise fill the audit log).
                audit.Add(AuditActions.PasskeyFailed, user.Email, user, "Passkey sign-in refused: the account is disabled or locked.");
                await audit.SaveAsync(cancellationToken);
            }

            return PasskeyRefused(login, "That passkey was not accepted.");
        }

        // The sign counter and flags the authenticator reported, as Identity's PasskeySignInAsync does.
        await userManager.AddOrUpdatePasskeyAsync(user, assertion.Passkey!);
        await userManager.ResetAccessFailedCountAsync(user);
        // Marked so the administrators' second-factor rule sees a passkey (user-verified) session.
        await signInManager.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", TwoFactorExtensions.PasskeyMethod)]);
        return await SignedInAsync(user, "Signed in with a passkey.", input.ReturnUrl, cancellationToken);
    }

    [AllowPendingPasswordChange]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout(CancellationToken cancellationToken)
    {
        var viaProvider = ProviderSignOut.IsProviderSession(User);
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            // A new stamp invalidates this cookie everywhere, even a copy replayed after sign-out.
            audit.Add(AuditActions.SignOut, user.Email, user, "Signed out.");
            await userManager.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
        cancellationToken.ThrowIfCancellationRequested();
        // A session that came from the provider ends there too when it has an end-session endpoint.
        if (viaProvider && await providerSignOut.HasEndSessionEndpointAsync(cancellationToken))
        {
            return SignOut(new AuthenticationProperties { RedirectUri = "/" }, OidcOptions.Scheme);
        }

        return Redirect("/");
    }

    [AllowPendingPasswordChange]
    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [AllowPendingPasswordChange]
    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            user.MustChangePassword = false;
            audit.Add(AuditActions.PasswordChanged, user.Email, user, "Changed their own password.");
            // ChangePasswordAsync validates the policy, renews the security stamp and saves the
            // flag and the audit entry in one SaveChanges.
            var result = await userManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
            if (result.Succeeded)
            {
                await signInManager.RefreshSignInAsync(user);
                TempData["Status"] = "Your password has been changed.";
                return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError(field, error.Code == "PasswordMismatch" ? "The current password is not correct." : error.Description);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        input.CurrentPassword = input.NewPassword = input.ConfirmPassword = string.Empty;
        return View(input);
    }

    /// <summary>The account page: the language of this person's mail and the weekly digest.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Settings()
    {
        var user = await userManager.GetUserAsync(User);
        return user is null
            ? Challenge()
            : View(new AccountSettingsInput { PreferredCulture = user.PreferredCulture, WeeklyDigest = !user.WeeklyDigestOff });
    }

    [HttpPost("")]
    public async Task<IActionResult> Settings(AccountSettingsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        user.PreferredCulture = input.PreferredCulture;
        user.WeeklyDigestOff = !input.WeeklyDigest;
        audit.Add(AuditActions.AccountSettingsChanged, user.Email, user, $"Mail language {input.PreferredCulture}, weekly summary {(input.WeeklyDigest ? "on" : "off")}.");
        // UpdateAsync saves the shared context: the settings and the audit entry in one SaveChanges.
        await userManager.UpdateAsync(user);
        TempData["Status"] = "Your settings have been saved.";
        return RedirectToAction(nameof(Settings));
    }

    [AllowAnonymous]
    [AllowPendingPasswordChange]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<ViewResult> PasswordsOffAsync(LoginInput input, CancellationToken cancellationToken)
    {
        LogSignInFailed(logger, input.Email, "password sign-in is turned off and the account is not break-glass");
        audit.Add(AuditActions.SignInFailed, input.Email, null, $"Password sign-in refused for {input.Email}: passwords are turned off and the account is not break-glass.");
        await audit.SaveAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, $"Password sign-in is turned off. Sign in with {methods.OidcDisplayName}.");
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ViewData["EmergencySignIn"] = true;
        input.Password = string.Empty;
        return View(nameof(Login), input);
    }

    private async Task<IActionResult> SignedInAsync(AppUser user, string summary, string? returnUrl, CancellationToken cancellationToken)
    {
        LogSignedIn(logger, user.Email!);
        audit.Add(AuditActions.SignIn, user.Email, user, summary);
        await audit.SaveAsync(cancellationToken);

        if (user.MustChangePassword)
        {
            return Redirect(Infrastructure.Identity.IdentityExtensions.ChangePasswordPath);
        }

        // Only local addresses: a returnUrl to another host would be an open redirect.
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(DashboardController.Index), "Dashboard");
    }

    private async Task<ViewResult> SecondFactorFailedAsync(AppUser user, bool lockedOut, string field, string message, object input, CancellationToken cancellationToken)
    {
        if (lockedOut)
        {
            LogLockedOut(logger, user.Email!);
            audit.Add(AuditActions.SignInLockedOut, user.Email, user, "Sign-in refused: the account is locked after too many failed attempts.");
            ModelState.AddModelError(string.Empty, "This account is locked after too many failed attempts. Try again in 15 minutes.");
        }
        else
        {
            LogSignInFailed(logger, user.Email!, "wrong second factor");
            audit.Add(AuditActions.TwoFactorFailed, user.Email, user, "Sign-in failed: wrong authenticator or recovery code.");
            ModelState.AddModelError(field, message);
        }

        await audit.SaveAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(input);
    }

    private ViewResult PasskeyRefused(LoginInput login, string message)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Login), login);
    }

    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private async Task<ViewResult> SignInFailedAsync(LoginInput input, string reason, CancellationToken cancellationToken)
    {
        LogSignInFailed(logger, input.Email, reason);
        audit.Add(AuditActions.SignInFailed, input.Email, null, $"Sign-in failed for {input.Email}.");
        await audit.SaveAsync(cancellationToken);

        // One message for unknown email, wrong password and disabled account: no account probing.
        ModelState.AddModelError(string.Empty, "The email address or password is not correct.");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        input.Password = string.Empty;
        return View(input);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Staff sign-in succeeded for {Email}")]
    private static partial void LogSignedIn(ILogger logger, string email);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Staff sign-in failed for {Email}: {Reason}")]
    private static partial void LogSignInFailed(ILogger logger, string email, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Staff sign-in refused: {Email} is locked out")]
    private static partial void LogLockedOut(ILogger logger, string email);
}
