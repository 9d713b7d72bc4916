using Microsoft.AspNetCore.Diagnostics;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>
/// An admin request whose staff session could not be checked because the database was out of reach
/// (see <see cref="StaffSessionValidator"/>) fails as "database unavailable" (503) instead of being
/// sent to the sign-in page: the staff member is still signed in, and a form they posted comes back
/// on the error page. The error page's own re-execution passes through.
/// </summary>
internal static class UnverifiableSessionMiddleware
{
    public static IApplicationBuilder UseUnverifiableSessionAsUnavailable(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Items[StaffSessionValidator.UnverifiableKey] is Exception unreachable
                && context.Features.Get<IExceptionHandlerFeature>() is null
                && context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("The staff session could not be checked: the database is unavailable.", unreachable);
            }

            await next(context);
        });
}
