using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using NjitInternational.Web.Features.Enquiries;
using NjitInternational.Web.Infrastructure.Authorization;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// An enquirer's personal data: find, export and delete every enquiry from one email address.
/// Administrators only. Every action is a POST with the address in the body, so the address never
/// reaches a URL (and so the request log or the browser history).
/// </summary>
[Route("admin/personal-data")]
[Authorize(Policy = AuthorizationPolicies.Administrator)]
public sealed class PersonalDataController(EnquirerPersonalData data, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View(new PersonalDataViewModel(new PersonalDataLookupInput()));

    [HttpPost("")]
    public async Task<IActionResult> Find([Bind(Prefix = "Input")] PersonalDataLookupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return Invalid(input);
        }

        return View(nameof(Index), new PersonalDataViewModel(input, await data.FindAsync(input.Email, User.Identity?.Name, cancellationToken)));
    }

    [HttpPost("export.csv")]
    public async Task<IActionResult> ExportCsv([Bind(Prefix = "Input")] PersonalDataLookupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return Invalid(input);
        }

        var enquiries = await data.ExportAsync(input.Email, "CSV", User.Identity?.Name, cancellationToken);
        return File(await EnquirerExportFiles.CsvAsync(enquiries, cancellationToken), "text/csv; charset=utf-8", FileName("csv"));
    }

    [HttpPost("export.json")]
    public async Task<IActionResult> ExportJson([Bind(Prefix = "Input")] PersonalDataLookupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return Invalid(input);
        }

        var enquiries = await data.ExportAsync(input.Email, "JSON", User.Identity?.Name, cancellationToken);
        return File(EnquirerExportFiles.Json(enquiries, clock.GetUtcNow().UtcDateTime), "application/json; charset=utf-8", FileName("json"));
    }

    /// <summary>The confirmation step: says what will be deleted; nothing changes yet.</summary>
    [HttpPost("delete")]
    public async Task<IActionResult> ConfirmDelete([Bind(Prefix = "Input")] PersonalDataLookupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return Invalid(input);
        }

        return View(new PersonalDataViewModel(input, await data.FindAsync(input.Email, User.Identity?.Name, cancellationToken)));
    }

    [HttpPost("delete/confirm")]
    public async Task<IActionResult> Delete([Bind(Prefix = "Input")] PersonalDataLookupInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return Invalid(input);
        }

        var deleted = await data.DeleteAsync(input.Email, User.Identity?.Name, cancellationToken);
        TempData["Status"] = localizer[
            "Deleted {0} enquiries, {1} replies and {2} outbox messages.", deleted.Enquiries, deleted.Replies, deleted.OutboxMessages].Value;
        return RedirectToAction(nameof(Index));
    }

    private ViewResult Invalid(PersonalDataLookupInput input)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), new PersonalDataViewModel(input));
    }

    private string FileName(string extension) =>
        $"enquirer-data-{clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.{extension}";
}
