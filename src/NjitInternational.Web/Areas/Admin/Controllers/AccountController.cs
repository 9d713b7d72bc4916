using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>Staff sign-in and sign-out.</summary>
[Route("admin/account")]
public sealed class AccountController(SignInManager<AppUser> signInManager, UserManager<AppUser> userManager) : AdminController
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) =>
        View(new LoginInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    [EnableRateLimiting(RateLimitPolicies.SignIn)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        var user = await userManager.FindByEmailAsync(input.Email);
        if (user is null || user.IsDisabled)
        {
            return SignInFailed(input);
        }

        var result = await signInManager.PasswordSignInAsync(user, input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, "This account is locked after too many failed attempts. Try again in 15 minutes.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        if (!result.Succeeded)
        {
            return SignInFailed(input);
        }

        // Only local addresses: a returnUrl to another host would be an open redirect.
        return Url.IsLocalUrl(input.ReturnUrl) ? LocalRedirect(input.ReturnUrl) : Redirect("/admin");
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signInManager.SignOutAsync();
        return Redirect("/");
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult SignInFailed(LoginInput input)
    {
        // One message for unknown email, wrong password and disabled account: no account probing.
        ModelState.AddModelError(string.Empty, "The email address or password is not correct.");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        input.Password = string.Empty;
        return View(input);
    }
}
