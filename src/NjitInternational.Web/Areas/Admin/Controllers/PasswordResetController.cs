using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// "Forgot your password?": a reset link by mail, valid one hour and once (Identity's token carries
/// the security stamp, which the reset renews; the renewed stamp also ends every other session).
/// The answer is the same whether or not the address has an account.
/// </summary>
[Route("admin/account")]
[AllowAnonymous]
public sealed partial class PasswordResetController(
    UserManager<AppUser> users,
    AccountAudit audit,
    MailOutbox outbox,
    MailComposer composer,
    MailLinks links,
    ILogger<PasswordResetController> logger) : AdminController
{
    [AllowPendingPasswordChange]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordInput());

    [AllowPendingPasswordChange]
    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimitPolicies.PasswordReset)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        var user = await users.FindByEmailAsync(input.Email);
        if (user is { IsDisabled: false, Email: { } email } && MailHeaders.IsSingleAddress(email))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var url = $"{links.Origin(Request)}/admin/account/reset-password?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
            outbox.Add(composer.PasswordReset(email, user.PreferredCulture, url));
            audit.Add(AuditActions.PasswordResetRequested, email, user, "Asked for a password reset link.");
            await audit.SaveAsync(cancellationToken);
        }
        else
        {
            LogUnknownReset(logger, input.Email);
        }

        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [AllowPendingPasswordChange]
    [HttpGet("forgot-password/sent")]
    public IActionResult ForgotPasswordSent() => View();

    [AllowPendingPasswordChange]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? token) =>
        View(new ResetPasswordInput { Email = email ?? string.Empty, Token = token ?? string.Empty });

    [AllowPendingPasswordChange]
    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimitPolicies.PasswordReset)]
    public async Task<IActionResult> ResetPassword(ResetPasswordInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid)
        {
            var user = await users.FindByEmailAsync(input.Email);
            if (user is null || user.IsDisabled)
            {
                ModelState.AddModelError(string.Empty, InvalidLink);
            }
            else
            {
                user.MustChangePassword = false;
                audit.Add(AuditActions.PasswordReset, user.Email, user, "Reset their password with a link sent by mail.");
                // Checks the token (age, purpose, security stamp), sets the password, renews the stamp
                // (so the link cannot be used again and other sessions end) and saves the audit entry.
                var result = await users.ResetPasswordAsync(user, input.Token, input.NewPassword);
                if (result.Succeeded)
                {
                    await users.ResetAccessFailedCountAsync(user);
                    TempData["Status"] = "Your password has been changed. Sign in with your new password.";
                    return RedirectToAction(nameof(AccountController.Login), "Account");
                }

                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(error.Code == "InvalidToken" ? string.Empty : nameof(input.NewPassword), error.Code == "InvalidToken" ? InvalidLink : error.Description);
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        input.NewPassword = input.ConfirmPassword = string.Empty;
        return View(input);
    }

    private const string InvalidLink = "This link is not valid: it has expired or has already been used. Ask for a new one.";

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Password reset asked for {Email}, which has no usable account")]
    private static partial void LogUnknownReset(ILogger logger, string email);
}
