using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// Base of every admin controller: the Admin area, staff-only, antiforgery on every unsafe
/// method, the forced password change and the administrators' second factor. Account management narrows this further with the
/// Administrator policy.
/// </summary>
[Area("Admin")]
[Authorize(Policy = AuthorizationPolicies.Staff)]
[AutoValidateAntiforgeryToken]
[PasswordChangeGate]
[TwoFactorGate]
public abstract class AdminController : Controller
{
}
