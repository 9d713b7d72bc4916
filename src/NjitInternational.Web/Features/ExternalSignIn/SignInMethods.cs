using Microsoft.Extensions.Options;

namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>Which ways of signing in this site offers: read by the sign-in page and the password endpoint.</summary>
public sealed class SignInMethods(IOptions<OidcOptions> oidc, IOptions<LocalPasswordOptions> localPasswords)
{
    public bool OidcEnabled => oidc.Value.Enabled;

    public string OidcDisplayName => oidc.Value.DisplayName;

    /// <summary>
    /// False when local passwords are turned off and the provider is on: then only break-glass
    /// accounts may use a password. Without a provider, passwords stay on whatever the setting says
    /// (there would be no way in at all).
    /// </summary>
    public bool PasswordsForEveryone => localPasswords.Value.Enabled || !oidc.Value.Enabled;
}
