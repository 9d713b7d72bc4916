using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Enquiries;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// The enquiries inbox. Reading an enquiry changes nothing (no state change on GET); staff mark
/// it read or handled with explicit POST buttons on the detail page.
/// </summary>
[Route("admin/enquiries")]
public sealed class EnquiriesController(EnquiryInbox inbox, EnquiryReplies replies, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? filter, int page = 1, CancellationToken cancellationToken = default)
    {
        ModelState.Clear();
        return View(await inbox.ListAsync(filter, page, cancellationToken));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await inbox.FindAsync(id, cancellationToken) is { } enquiry
            ? View(enquiry with { Replies = await replies.ThreadAsync(id, cancellationToken) })
            : NotFound();

    /// <summary>Mails a reply to the enquirer (Reply-To the office) and keeps it in the thread.</summary>
    [HttpPost("{id:int}/reply")]
    public async Task<IActionResult> Reply(int id, [Bind(Prefix = "Reply")] EnquiryReplyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid)
        {
            switch (await replies.SendAsync(id, input.Body, User.Identity?.Name ?? "unknown", cancellationToken))
            {
                case EnquiryReplies.Outcome.NotFound:
                    return NotFound();
                case EnquiryReplies.Outcome.Sent:
                    TempData["Status"] = "Your reply is queued to be mailed to the enquirer.";
                    return RedirectToAction(nameof(Details), new { id });
                default:
                    ModelState.AddModelError("Reply.Body", "This enquiry's email address cannot receive mail: reply another way.");
                    break;
            }
        }

        if (await inbox.FindAsync(id, cancellationToken) is not { } enquiry)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Details), enquiry with { Replies = await replies.ThreadAsync(id, cancellationToken), Reply = input });
    }

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
