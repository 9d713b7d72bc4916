using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.AuditLog;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>The audit log: administrators only.</summary>
[Route("admin/audit")]
[Authorize(Policy = AuthorizationPolicies.Administrator)]
public sealed class AuditController(AuditLogQuery query) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditLogFilter filter, CancellationToken cancellationToken)
    {
        // Unparseable filter values (page=abc, from=yesterday) are ignored rather than refused.
        ModelState.Clear();
        return View(await query.GetAsync(filter ?? new AuditLogFilter(), cancellationToken));
    }
}
