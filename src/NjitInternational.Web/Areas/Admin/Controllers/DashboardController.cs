using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Dashboard;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController(DashboardQuery query) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await query.GetAsync(cancellationToken));
}
