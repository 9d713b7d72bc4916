using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>The mail outbox: queued, failed and sent messages with their last error; resend. Administrators only.</summary>
[Route("admin/mail")]
[Authorize(Policy = AuthorizationPolicies.Administrator)]
public sealed class MailController(MailAdminQuery query, IOptions<MailOptions> options) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? filter, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return View(await query.ListAsync(filter, options.Value.IsConfigured, cancellationToken));
    }

    [HttpPost("{id:long}/resend")]
    public async Task<IActionResult> Resend(long id, CancellationToken cancellationToken)
    {
        if (!await query.ResendAsync(id, User.Identity?.Name, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = "The message is queued to be sent again.";
        return RedirectToAction(nameof(Index), new { filter = "queued" });
    }
}
