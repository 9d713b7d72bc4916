using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// Renders an unprefixed (admin) page in the visitor's language: the language cookie, else
/// Accept-Language (<see cref="SiteCultures.Choose"/>). For pages shown before anyone is signed in,
/// such as the sign-in refusal. A resource filter, so the culture covers the action and its view.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class StaffLanguageAttribute : Attribute, IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var culture = SiteCultures.Choose(context.HttpContext.Request).Culture;
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            await next();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }
}
