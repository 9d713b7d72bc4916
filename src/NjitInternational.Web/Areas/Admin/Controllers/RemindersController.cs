using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Reminders;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>Every agreement end and review date, and the full link check.</summary>
[Route("admin")]
public sealed class RemindersController(ReminderQuery reminders, LinkCheckQuery links) : AdminController
{
    [HttpGet("reminders")]
    public async Task<IActionResult> Index(string? sort, CancellationToken cancellationToken)
    {
        var (items, order, today) = await reminders.GetAllAsync(sort, cancellationToken);
        return View(new RemindersPage(items, order, today));
    }

    [HttpGet("link-check")]
    public async Task<IActionResult> LinkCheck(CancellationToken cancellationToken) =>
        View(await links.GetAsync(cancellationToken));
}

public sealed record RemindersPage(IReadOnlyList<ReminderItem> Items, string Sort, DateOnly Today);
