using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Features.Settings;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// The office's contact details and stated figures. Administrators only: they speak for the whole
/// office on every page, unlike a record an editor looks after.
/// </summary>
[Route("admin/settings")]
[Authorize(Policy = AuthorizationPolicies.Administrator)]
public sealed class SettingsController(SiteSettingsStore store) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(SiteSettingsStore.ToInput(await store.GetAsync(cancellationToken)));

    [HttpPost("")]
    public async Task<IActionResult> Edit(SiteSettingsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(input);
        }

        await store.SaveAsync(input, User.Identity?.Name, cancellationToken);
        TempData["Status"] = "The settings have been saved.";
        return RedirectToAction(nameof(Edit));
    }
}
