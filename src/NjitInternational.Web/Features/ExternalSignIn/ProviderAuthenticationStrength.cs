using System.Security.Claims;

namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>
/// How many factors the provider vouches for (ASVS 5.0 V6.8.4): more than one only when its ID
/// token says so with an <c>amr</c> value the site is configured to trust; otherwise the site
/// assumes the weakest, a password alone.
/// </summary>
public static class ProviderAuthenticationStrength
{
    /// <summary>The claim type of authentication method references (RFC 8176), unmapped.</summary>
    public const string AmrClaim = "amr";

    /// <summary>The value the site's own session carries when the provider did multi-factor sign-in.</summary>
    public const string MultiFactor = "mfa";

    public static bool IsMultiFactor(ClaimsPrincipal providerPrincipal, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(providerPrincipal);
        ArgumentNullException.ThrowIfNull(options);
        var trusted = options.MultiFactorAmrValues.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return trusted.Length > 0
            && providerPrincipal.FindAll(AmrClaim).Any(claim => trusted.Contains(claim.Value, StringComparer.Ordinal));
    }
}
