using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Enquiries;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// The enquiries inbox. Reading an enquiry changes nothing (no state change on GET); staff mark
/// it read or handled with explicit POST buttons on the detail page.
/// </summary>
[Route("admin/enquiries")]
public sealed class EnquiriesController(EnquiryInbox inbox, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? filter, int page = 1, CancellationToken cancellationToken = default)
    {
        ModelState.Clear();
        return View(await inbox.ListAsync(filter, page, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await inbox.FindAsync(id, cancellationToken) is { } enquiry ? View(enquiry) : NotFound();

    [HttpPost("{id:int}/read")]
    public async Task<IActionResult> MarkRead(int id, CancellationToken cancellationToken) =>
        await inbox.MarkReadAsync(id, cancellationToken) ? RedirectToAction(nameof(Details), new { id }) : NotFound();

    [HttpPost("{id:int}/handled")]
    public async Task<IActionResult> MarkHandled(int id, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkHandledAsync(id, User.Identity?.Name, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "The enquiry is marked as handled.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("/admin/enquiries.csv")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var bytes = await EnquiryCsv.WriteAsync(await inbox.ExportAsync(cancellationToken), cancellationToken);
        var stamp = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(bytes, "text/csv; charset=utf-8", $"enquiries-{stamp}.csv");
    }
}
