namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>
/// <c>Authentication:Oidc</c>: the university's OpenID Connect provider. Off while
/// <see cref="Authority"/> is empty; then no scheme is registered and no button is shown.
/// </summary>
public sealed class OidcOptions
{
    public const string SectionName = "Authentication:Oidc";

    /// <summary>The authentication scheme name; also the LoginProvider of linked logins.</summary>
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the button: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "university sign-in";

    /// <summary>The ID token claim holding the staff member's email address.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>
    /// Values of the ID token's <c>amr</c> claim (RFC 8176, separated by spaces) that mean the
    /// provider itself asked for more than one factor, e.g. "mfa". A provider sign-in without one
    /// of them counts as one factor: an account with an authenticator app is asked for its code,
    /// an administrator without one is sent to enrolment. Empty: never trust the provider's claim.
    /// </summary>
    public string MultiFactorAmrValues { get; set; } = "mfa";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
