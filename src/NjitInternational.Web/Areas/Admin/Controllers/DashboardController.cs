using Microsoft.AspNetCore.Mvc;

namespace NjitInternational.Web.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController : AdminController
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
