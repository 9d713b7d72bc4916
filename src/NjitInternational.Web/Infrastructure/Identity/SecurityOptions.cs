namespace NjitInternational.Web.Infrastructure.Identity;

/// <summary>The <c>Security</c> configuration section: sign-in requirements.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// An Administrator signed in with a password and no authenticator app is sent to enrolment
    /// from every admin page until they enrol (a passkey sign-in already counts as two factors).
    /// </summary>
    public bool RequireTwoFactorForAdministrators { get; set; } = true;
}
