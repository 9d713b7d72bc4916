using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using NjitInternational.Web.Features.Accounts;

namespace NjitInternational.Web.Features.ExternalSignIn;

/// <summary>
/// OnRemoteFailure of the OpenID Connect handler: a callback that failed before any account was
/// looked at (bad state, token validation, an error from the provider, a code it refused to
/// redeem). Audits it and sends the browser to the refusal page instead of an exception page.
/// </summary>
public static partial class OidcRemoteFailure
{
    public static async Task HandleAsync(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var refusal = Classify(context.Failure);
        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcRemoteFailure));
        LogRefused(logger, refusal, context.Failure?.Message);

        var audit = services.GetRequiredService<AccountAudit>();
        audit.Add(AuditActions.ExternalSignInRefused, null, null, $"Sign-in through the identity provider refused before any account was looked up: {refusal}.");
        await audit.SaveAsync(context.HttpContext.RequestAborted);

        context.Response.Redirect(ExternalSignInPaths.Refused(refusal));
        context.HandleResponse();
    }

    /// <summary>The refusal a handler exception stands for (the message alone is not shown to anyone).</summary>
    public static ExternalSignInRefusal Classify(Exception? failure) => failure switch
    {
        SecurityTokenException => ExternalSignInRefusal.InvalidToken,
        OpenIdConnectProtocolInvalidNonceException or OpenIdConnectProtocolInvalidCHashException or OpenIdConnectProtocolInvalidAtHashException => ExternalSignInRefusal.InvalidToken,
        OpenIdConnectProtocolException => ExternalSignInRefusal.ProviderError,
        AuthenticationFailureException when failure.InnerException is { } inner => Classify(inner),
        AuthenticationFailureException => ExternalSignInRefusal.InvalidState,
        _ => ExternalSignInRefusal.ProviderError,
    };

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Sign-in through the identity provider refused ({Refusal}): {Detail}")]
    private static partial void LogRefused(ILogger logger, ExternalSignInRefusal refusal, string? detail);
}
