using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>
/// Checks every authenticated request: the session is younger than its absolute lifetime, the
/// account still exists and is enabled, and its security stamp has not changed since sign-in
/// (sign-out, disabling, a role change and a password reset all renew the stamp). Replaces
/// Identity's interval-based SecurityStampValidator so a revoked cookie stops working at once;
/// the cost is one primary-key lookup per admin request, which a small office can afford.
/// </summary>
internal static partial class StaffSessionValidator
{
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(8);

    /// <summary>HttpContext.Items key holding the exception when the session could not be checked (database unreachable).</summary>
    public const string UnverifiableKey = "njit:session-unverifiable";

    /// <summary>HttpContext.Items key set when the signed-in account must change its password.</summary>
    public const string MustChangePasswordKey = "njit:must-change-password";

    /// <summary>HttpContext.Items key set when the signed-in administrator must enrol a second factor first.</summary>
    public const string TwoFactorEnrolmentRequiredKey = "njit:two-factor-enrolment-required";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffSessionValidator));
        var principal = context.Principal;

        var signedInAt = principal?.FindFirst(StaffClaimsPrincipalFactory.SignedInAtClaim)?.Value;
        if (principal is null
            || !long.TryParse(signedInAt, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > AbsoluteLifetime)
        {
            LogSessionRejected(logger, principal?.Identity?.Name, "absolute lifetime exceeded");
            await RejectAsync(context);
            return;
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        AppUser? user;
        try
        {
            user = await users.GetUserAsync(principal);
        }
        catch (Exception ex) when (Security.ExceptionHandlingExtensions.IsDatabaseUnavailable(ex))
        {
            // The session cannot be checked, so it is not trusted (fail closed). The request goes on
            // anonymous and UnverifiableSessionMiddleware turns an admin request into the 503 page,
            // whose re-execution can still read the posted form (the "nothing was saved" page).
            context.HttpContext.Items[UnverifiableKey] = ex;
            context.RejectPrincipal();
            return;
        }

        var stampClaimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (user is null || user.IsDisabled
            || !string.Equals(user.SecurityStamp, principal.FindFirst(stampClaimType)?.Value, StringComparison.Ordinal))
        {
            LogSessionRejected(logger, principal.Identity?.Name, user is null ? "account removed" : user.IsDisabled ? "account disabled" : "security stamp changed");
            await RejectAsync(context);
            return;
        }

        // A session from the identity provider never uses the local password, so a pending
        // one-time password does not stand between it and the admin area.
        if (user.MustChangePassword && !Features.ExternalSignIn.ProviderSignOut.IsProviderSession(principal))
        {
            context.HttpContext.Items[MustChangePasswordKey] = true;
        }

        if (!user.TwoFactorEnabled
            && !principal.HasClaim("amr", TwoFactorExtensions.PasskeyMethod)
            && !principal.HasClaim("amr", "mfa")
            && principal.IsInRole(Authorization.StaffRoles.Administrator)
            && services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireTwoFactorForAdministrators)
        {
            context.HttpContext.Items[TwoFactorEnrolmentRequiredKey] = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Staff session of {UserName} rejected: {Reason}")]
    private static partial void LogSessionRejected(ILogger logger, string? userName, string reason);
}
