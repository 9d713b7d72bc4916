using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// Base of every admin controller: the Admin area, staff-only, and antiforgery on every unsafe
/// method. Account management narrows this further with the Administrator policy.
/// </summary>
[Area("Admin")]
[Authorize(Policy = AuthorizationPolicies.Staff)]
[AutoValidateAntiforgeryToken]
public abstract class AdminController : Controller
{
}
