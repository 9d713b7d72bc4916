using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Features.Dashboard;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Features.Reminders;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController(DashboardQuery query, ReminderQuery reminders, LinkCheckQuery links, IOptions<MailOptions> mail) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.GetAsync(cancellationToken) with
        {
            Reminders = await reminders.GetPanelsAsync(cancellationToken),
            BrokenLinks = await links.GetAsync(cancellationToken),
            MailConfigured = mail.Value.IsConfigured,
        });
}
