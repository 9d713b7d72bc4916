using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NjitInternational.Web.Infrastructure.Identity;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// Sends an account that must change its password to the change-password page from every admin
/// action, except those marked <see cref="AllowPendingPasswordChangeAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PasswordChangeGateAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Items.ContainsKey(StaffSessionValidator.MustChangePasswordKey)
            && !context.ActionDescriptor.EndpointMetadata.OfType<AllowPendingPasswordChangeAttribute>().Any())
        {
            context.Result = new RedirectResult(IdentityExtensions.ChangePasswordPath);
        }
    }
}

/// <summary>Actions reachable before a required password change (sign-in, sign-out, the change itself).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllowPendingPasswordChangeAttribute : Attribute
{
}
