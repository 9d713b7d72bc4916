using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using NjitInternational.Web.Infrastructure.Identity;

namespace NjitInternational.Web.Areas.Admin.Controllers;

/// <summary>
/// Sends an administrator who signed in with a password alone (no authenticator app, no passkey)
/// to authenticator enrolment from every admin action, except those marked
/// <see cref="AllowWithoutSecondFactorAttribute"/>. A pending password change comes first: that
/// gate redirects, this one waits.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class TwoFactorGateAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = context.HttpContext.Items;
        if (items.ContainsKey(StaffSessionValidator.TwoFactorEnrolmentRequiredKey)
            && !items.ContainsKey(StaffSessionValidator.MustChangePasswordKey)
            && !context.ActionDescriptor.EndpointMetadata.OfType<AllowWithoutSecondFactorAttribute>().Any())
        {
            context.Result = new RedirectResult(TwoFactorExtensions.TwoFactorEnrolmentPath);
        }
    }
}

/// <summary>Actions reachable before a required second factor is enrolled (sign-in, sign-out, enrolment).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AllowWithoutSecondFactorAttribute : Attribute
{
}
