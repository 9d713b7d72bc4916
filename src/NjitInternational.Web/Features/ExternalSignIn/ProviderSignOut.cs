using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>Whether signing out should continue at the provider's end-session endpoint.</summary>
public sealed partial class ProviderSignOut(
    SignInMethods methods,
    IOptionsMonitor<OpenIdConnectOptions> oidcOptions,
    ILogger<ProviderSignOut> logger)
{
    /// <summary>True for a session begun through the provider (its authentication method claim).</summary>
    public static bool IsProviderSession(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(ClaimTypes.AuthenticationMethod, OidcOptions.Scheme);
    }

    /// <summary>
    /// Reads the provider's (cached) discovery document. An unreachable provider or one without
    /// end_session_endpoint means the local sign-out is all there is, never an error page.
    /// </summary>
    public async Task<bool> HasEndSessionEndpointAsync(CancellationToken cancellationToken)
    {
        if (!methods.OidcEnabled)
        {
            return false;
        }

        var manager = oidcOptions.Get(OidcOptions.Scheme).ConfigurationManager;
        if (manager is null)
        {
            return false;
        }

        try
        {
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException)
        {
            LogNoDiscovery(logger, ex.Message);
            return false;
        }
    }

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Signed out locally only: the identity provider's discovery document could not be read ({Detail})")]
    private static partial void LogNoDiscovery(ILogger logger, string detail);
}
