namespace NjitInternational.TestIdentityProvider;

/// <summary>
/// How the provider spoils the ID tokens it issues: each is re-signed with the provider's own key,
/// so only the changed claim can make the relying party refuse it.
/// </summary>
public enum TokenTampering
{
    None,

    /// <summary>aud names another client.</summary>
    WrongAudience,

    /// <summary>iss is not the issuer of the discovery document.</summary>
    WrongIssuer,

    /// <summary>exp (and iat) an hour in the past.</summary>
    Expired,
}
