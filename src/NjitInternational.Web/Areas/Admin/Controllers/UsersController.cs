using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Accounts;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>Account management: administrators only.</summary>
[Route("admin/users")]
[Authorize(Policy = AuthorizationPolicies.Administrator)]
public sealed class UsersController(
    UserManager<AppUser> users,
    AppDbContext db,
    AccountAudit audit,
    TwoFactorEnrolment twoFactor,
    TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsDisabled, u.LockoutEnd, u.MustChangePassword, u.BreakGlass, u.TwoFactorEnabled, Passkeys = db.UserPasskeys.Count(p => p.UserId == u.Id) })
            .ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        var lastSignIns = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.SignIn && a.EntityType == AuditActions.AccountEntity)
            .GroupBy(a => a.EntityId)
            .Select(g => new { UserId = g.Key, At = g.Max(a => a.AtUtc) })
            .ToListAsync(cancellationToken);

        var list = accounts.Select(u => new UserListItem(
                u.Id,
                u.Email ?? string.Empty,
                u.DisplayName,
                string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order(StringComparer.Ordinal)),
                u.IsDisabled,
                u.LockoutEnd is { } end && end > now,
                u.MustChangePassword,
                lastSignIns.FirstOrDefault(s => s.UserId == u.Id)?.At,
                u.BreakGlass,
                u.TwoFactorEnabled,
                u.Passkeys))
            .ToList();
        return View(new UserListViewModel(list, users.GetUserId(User) ?? string.Empty));
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new UserCreateInput());

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserCreateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Email = input.Email.Trim();
        if (!StaffRoles.All.Contains(input.Role))
        {
            ModelState.AddModelError(nameof(input.Role), "Choose a role.");
        }

        if (ModelState.IsValid && await users.FindByEmailAsync(input.Email) is not null)
        {
            ModelState.AddModelError(nameof(input.Email), "An account with this email address already exists.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        var password = OneTimePassword.Generate();
        var user = new AppUser
        {
            UserName = input.Email,
            Email = input.Email,
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? null : input.DisplayName.Trim(),
            MustChangePassword = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        var errors = await InTransactionAsync(async () =>
        {
            audit.Add(AuditActions.AccountCreated, User.Identity?.Name, user, $"Account {input.Email} created as {input.Role}.");
            var created = await users.CreateAsync(user, password);
            return created.Succeeded ? await users.AddToRoleAsync(user, input.Role) : created;
        }, cancellationToken);
        if (errors is not null)
        {
            ModelState.AddModelError(nameof(input.Email), errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        return View("OneTimePassword", new OneTimePasswordViewModel(input.Email, password, IsNewAccount: true));
    }

    [HttpGet("{id}/disable")]
    public Task<IActionResult> ConfirmDisable(string id, CancellationToken cancellationToken) =>
        ConfirmAsync(id, "disable", cancellationToken);

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (await GuardLastAdministratorAsync(user, removesAdministrator: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        user.IsDisabled = true;
        audit.Add(AuditActions.AccountDisabled, User.Identity?.Name, user, $"Account {user.Email} disabled.");
        // A new stamp ends every session of the account at its next request.
        await users.UpdateSecurityStampAsync(user);
        TempData["Status"] = $"{user.Email} is disabled and has been signed out.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.IsDisabled = false;
        audit.Add(AuditActions.AccountEnabled, User.Identity?.Name, user, $"Account {user.Email} re-enabled.");
        await users.UpdateAsync(user);
        TempData["Status"] = $"{user.Email} is enabled again.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(string id, UserRoleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!StaffRoles.All.Contains(input.Role))
        {
            return BadRequest();
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == input.Role)
        {
            return RedirectToAction(nameof(Index));
        }

        if (await GuardLastAdministratorAsync(user, removesAdministrator: input.Role != StaffRoles.Administrator, cancellationToken) is { } refused)
        {
            return refused;
        }

        var errors = await InTransactionAsync(async () =>
        {
            audit.Add(AuditActions.RoleChanged, User.Identity?.Name, user, $"Role of {user.Email} changed from {string.Join(", ", current)} to {input.Role}.");
            var removed = await users.RemoveFromRolesAsync(user, current);
            if (!removed.Succeeded)
            {
                return removed;
            }

            var added = await users.AddToRoleAsync(user, input.Role);
            // The old role is in the user's cookie: a new stamp makes them sign in again.
            return added.Succeeded ? await users.UpdateSecurityStampAsync(user) : added;
        }, cancellationToken);
        TempData["Status"] = errors ?? $"{user.Email} is now {input.Role}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/reset-password")]
    public Task<IActionResult> ConfirmResetPassword(string id, CancellationToken cancellationToken) =>
        ConfirmAsync(id, "reset-password", cancellationToken);

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var password = OneTimePassword.Generate();
        var errors = await InTransactionAsync(async () =>
        {
            user.MustChangePassword = true;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            audit.Add(AuditActions.PasswordReset, User.Identity?.Name, user, $"Password of {user.Email} reset to a one-time password; account unlocked.");
            // Reset renews the security stamp (ending the account's sessions) and saves it all.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            return await users.ResetPasswordAsync(user, token, password);
        }, cancellationToken);
        if (errors is not null)
        {
            TempData["Status"] = errors;
            return RedirectToAction(nameof(Index));
        }

        return View("OneTimePassword", new OneTimePasswordViewModel(user.Email!, password, IsNewAccount: false));
    }

    [HttpGet("{id}/reset-two-factor")]
    public Task<IActionResult> ConfirmResetTwoFactor(string id, CancellationToken cancellationToken) =>
        ConfirmAsync(id, "reset-two-factor", cancellationToken);

    /// <summary>
    /// For a lost phone: turns the authenticator off, voids the recovery codes, removes every
    /// passkey and ends the account's sessions (new security stamp). The person enrols again at
    /// their next sign-in (administrators are sent there).
    /// </summary>
    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var errors = await InTransactionAsync(
            () => twoFactor.RemoveAsync(user, User.Identity?.Name ?? string.Empty, $"Second factors of {user.Email} reset (authenticator, recovery codes, passkeys); signed out.", removePasskeys: true),
            cancellationToken);
        TempData["Status"] = errors ?? $"The second factors of {user.Email} are reset and they have been signed out.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ConfirmAsync(string id, string action, CancellationToken cancellationToken)
    {
        var email = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        return email is null ? NotFound() : View("Confirm", new UserConfirmViewModel(id, email, action));
    }

    /// <summary>Refuses to act on yourself, or to leave the site without an enabled administrator.</summary>
    private async Task<IActionResult?> GuardLastAdministratorAsync(AppUser user, bool removesAdministrator, CancellationToken cancellationToken)
    {
        string? message = null;
        if (user.Id == users.GetUserId(User))
        {
            message = "You cannot disable your own account or change your own role.";
        }
        else if (removesAdministrator && !user.IsDisabled && await users.IsInRoleAsync(user, StaffRoles.Administrator))
        {
            var enabledAdministrators = await (from ur in db.UserRoles
                                               join r in db.Roles on ur.RoleId equals r.Id
                                               join u in db.Users on ur.UserId equals u.Id
                                               where r.Name == StaffRoles.Administrator && !u.IsDisabled
                                               select u.Id).CountAsync(cancellationToken);
            if (enabledAdministrators <= 1)
            {
                message = "This is the last enabled administrator. Make another account an administrator first.";
            }
        }

        if (message is null)
        {
            return null;
        }

        TempData["Status"] = message;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Runs Identity calls in one transaction; returns null on success, else the errors.</summary>
    private async Task<string?> InTransactionAsync(Func<Task<IdentityResult>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            if (!result.Succeeded)
            {
                return string.Join(" ", result.Errors.Select(e => e.Description));
            }

            await transaction.CommitAsync(cancellationToken);
            return (string?)null;
        });
    }
}
