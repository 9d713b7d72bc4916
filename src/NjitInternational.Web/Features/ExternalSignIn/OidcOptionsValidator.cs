using Microsoft.Extensions.Options;

namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>Refuses to start with a half-configured provider rather than fail at the first sign-in.</summary>
public sealed class OidcOptionsValidator : IValidateOptions<OidcOptions>
{
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        const string Prefix = OidcOptions.SectionName + ":";
        var errors = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority)
            || (authority.Scheme != Uri.UriSchemeHttps && !(authority.Scheme == Uri.UriSchemeHttp && authority.IsLoopback)))
        {
            errors.Add($"{Prefix}Authority must be an absolute https:// address (plain http only on loopback), e.g. https://login.microsoftonline.com/<tenant-id>/v2.0.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            errors.Add($"{Prefix}ClientId is required when {Prefix}Authority is set.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            errors.Add($"{Prefix}ClientSecret is required when {Prefix}Authority is set (the site is a confidential client).");
        }

        if (string.IsNullOrWhiteSpace(options.DisplayName) || options.DisplayName.Length > 100)
        {
            errors.Add($"{Prefix}DisplayName is required (at most 100 characters): it is the text of the sign-in button.");
        }

        if (string.IsNullOrWhiteSpace(options.EmailClaim))
        {
            errors.Add($"{Prefix}EmailClaim must name the ID token claim holding the email address (default: email).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
