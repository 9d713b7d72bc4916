namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>Why a sign-in through the identity provider was refused (shown, audited, logged).</summary>
public enum ExternalSignInRefusal
{
    /// <summary>No enabled staff account has this email address (no self-registration).</summary>
    UnknownIdentity,

    AccountDisabled,

    /// <summary>The account is locked after too many failed password or code attempts.</summary>
    LockedOut,

    /// <summary>The ID token carries no email claim.</summary>
    EmailMissing,

    /// <summary>The provider says the email address is not verified (email_verified is false).</summary>
    EmailNotVerified,

    /// <summary>The ID token failed validation: issuer, audience, signature, lifetime or nonce.</summary>
    InvalidToken,

    /// <summary>The state or correlation cookie did not match: a forged, tampered or replayed callback.</summary>
    InvalidState,

    /// <summary>The provider answered with an error, or refused to redeem the code (e.g. a replayed code).</summary>
    ProviderError,
}
