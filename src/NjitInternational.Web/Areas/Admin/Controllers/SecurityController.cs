using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Infrastructure.Identity;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// The signed-in account's own second factors: authenticator app enrolment, recovery codes,
/// turning two-factor off, and passkeys (add, rename, remove). Reachable before a required
/// enrolment (it is where the gate sends administrators), not before a required password change.
/// </summary>
[Route("admin/account/security")]
[AllowWithoutSecondFactor]
public sealed class SecurityController(
    UserManager<AppUser> users,
    SignInManager<AppUser> signInManager,
    TwoFactorEnrolment enrolment,
    AccountAudit audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return View(await OverviewAsync(user));
    }

    [HttpGet("authenticator")]
    public async Task<IActionResult> Authenticator()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        return View(new AuthenticatorEnrolmentViewModel(await enrolment.GetSetupAsync(user), EnrolmentRequired, new TwoFactorCodeInput()));
    }

    [HttpPost("authenticator")]
    public async Task<IActionResult> Authenticator(TwoFactorCodeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (ModelState.IsValid)
        {
            var codes = await enrolment.EnableAsync(user, input.Code);
            if (codes is not null)
            {
                // Enabling renewed the security stamp: a new cookie keeps this session.
                await signInManager.RefreshSignInAsync(user);
                return View("RecoveryCodes", new RecoveryCodesViewModel(codes));
            }

            ModelState.AddModelError(nameof(input.Code), "That code is not correct. Check the time on your phone and try the newest code.");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        input.Code = string.Empty;
        return View(new AuthenticatorEnrolmentViewModel(await enrolment.GetSetupAsync(user), EnrolmentRequired, input));
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = await enrolment.NewRecoveryCodesAsync(user);
        await signInManager.RefreshSignInAsync(user);
        return View(new RecoveryCodesViewModel(codes));
    }

    [HttpGet("disable")]
    public async Task<IActionResult> Disable()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : user.TwoFactorEnabled ? View(new DisableTwoFactorInput()) : RedirectToAction(nameof(Index));
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(DisableTwoFactorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (ModelState.IsValid)
        {
            var proven = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, input.Proof)
                         || await users.CheckPasswordAsync(user, input.Proof);
            if (proven)
            {
                await enrolment.RemoveAsync(user, user.Email!, "Turned off two-factor sign-in.", removePasskeys: false);
                await signInManager.RefreshSignInAsync(user);
                TempData["Status"] = "Two-factor sign-in is off. Your authenticator app's entry for this site no longer works.";
                return RedirectToAction(nameof(Index));
            }

            // Guessing here counts toward lockout like guessing at sign-in.
            await users.AccessFailedAsync(user);
            ModelState.AddModelError(nameof(input.Proof), "That is neither a current authenticator code nor your password.");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new DisableTwoFactorInput());
    }

    /// <summary>The WebAuthn creation options for wwwroot/js/passkeys.js (the challenge is kept in the short-lived two-factor cookie).</summary>
    [HttpPost("passkeys/options")]
    public async Task<IActionResult> PasskeyCreationOptions()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var entity = new PasskeyUserEntity
        {
            Id = user.Id,
            Name = user.Email ?? user.UserName ?? user.Id,
            DisplayName = user.DisplayName ?? user.Email ?? user.Id,
        };
        return Content(await signInManager.MakePasskeyCreationOptionsAsync(entity), "application/json");
    }

    [HttpPost("passkeys")]
    public async Task<IActionResult> AddPasskey(PasskeyCredentialInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(input.CredentialJson))
        {
            return await PasskeyProblemAsync(user, "Your browser did not send a passkey. Adding a passkey needs JavaScript and a browser that supports passkeys.");
        }

        PasskeyAttestationResult attestation;
        try
        {
            attestation = await signInManager.PerformPasskeyAttestationAsync(input.CredentialJson);
        }
        catch (InvalidOperationException)
        {
            return await PasskeyProblemAsync(user, "The passkey could not be added. Start again.");
        }

        if (!attestation.Succeeded)
        {
            return await PasskeyProblemAsync(user, "The passkey could not be added. Start again.");
        }

        var passkey = attestation.Passkey;
        passkey.Name = $"Passkey {(await users.GetPasskeysAsync(user)).Count + 1}";
        audit.Add(AuditActions.PasskeyAdded, user.Email, user, $"Added a passkey ({passkey.Name}).");
        var result = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!result.Succeeded)
        {
            return await PasskeyProblemAsync(user, "The passkey could not be added. Start again.");
        }

        TempData["Status"] = "Passkey added. You can now sign in with it instead of your password and code.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("passkeys/{id}/rename")]
    public async Task<IActionResult> RenamePasskey(string id, PasskeyNameInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (user, passkey) = await FindPasskeyAsync(id);
        if (user is null || passkey is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await PasskeyProblemAsync(user, ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage);
        }

        var name = input.Name.Trim();
        audit.Add(AuditActions.PasskeyRenamed, user.Email, user, $"Renamed a passkey from {passkey.Name} to {name}.");
        passkey.Name = name;
        await users.AddOrUpdatePasskeyAsync(user, passkey);
        TempData["Status"] = "Passkey renamed.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("passkeys/{id}/remove")]
    public async Task<IActionResult> RemovePasskey(string id)
    {
        var (user, passkey) = await FindPasskeyAsync(id);
        if (user is null || passkey is null)
        {
            return NotFound();
        }

        audit.Add(AuditActions.PasskeyRemoved, user.Email, user, $"Removed a passkey ({passkey.Name}).");
        await users.RemovePasskeyAsync(user, passkey.CredentialId);
        TempData["Status"] = "Passkey removed.";
        return RedirectToAction(nameof(Index));
    }

    private bool EnrolmentRequired => HttpContext.Items.ContainsKey(StaffSessionValidator.TwoFactorEnrolmentRequiredKey);

    private async Task<(AppUser? User, UserPasskeyInfo? Passkey)> FindPasskeyAsync(string id)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return (null, null);
        }

        byte[] credentialId;
        try
        {
            credentialId = WebEncoders.Base64UrlDecode(id);
        }
        catch (FormatException)
        {
            return (user, null);
        }

        return (user, await users.GetPasskeyAsync(user, credentialId));
    }

    private async Task<SecurityOverviewViewModel> OverviewAsync(AppUser user)
    {
        var passkeys = (await users.GetPasskeysAsync(user))
            .OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeyRow(WebEncoders.Base64UrlEncode(p.CredentialId), p.Name ?? string.Empty, p.CreatedAt))
            .ToList();
        return new SecurityOverviewViewModel(
            user.TwoFactorEnabled,
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            EnrolmentRequired,
            passkeys);
    }

    /// <summary>The security page again, with the problem on top and a 400.</summary>
    private async Task<ViewResult> PasskeyProblemAsync(AppUser user, string message)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await OverviewAsync(user));
    }
}
