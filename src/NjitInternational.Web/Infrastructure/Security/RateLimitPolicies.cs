namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>
/// Names of the rate-limit policies, applied with [EnableRateLimiting(RateLimitPolicies.X)].
/// Limits are configured under "RateLimits:{Name}" (see <see cref="RateLimitingExtensions"/>).
/// </summary>
public static class RateLimitPolicies
{
    public const string SignIn = "SignIn";
    public const string Enquiry = "Enquiry";
    public const string Search = "Search";
    public const string PasswordReset = "PasswordReset";
}
