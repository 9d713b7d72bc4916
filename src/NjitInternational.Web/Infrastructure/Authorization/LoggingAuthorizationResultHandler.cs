using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace NjitInternational.Web.Infrastructure.Authorization;

/// <summary>Logs every refused (403) request as a structured event, then answers as usual.</summary>
internal sealed partial class LoggingAuthorizationResultHandler(ILogger<LoggingAuthorizationResultHandler> logger)
    : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _inner = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden)
        {
            LogForbidden(logger, context.User.Identity?.Name, context.Request.Method, context.Request.Path.Value ?? string.Empty);
        }

        return _inner.HandleAsync(next, context, policy, authorizeResult);
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Authorization refused {UserName}: {Method} {Path}")]
    private static partial void LogForbidden(ILogger logger, string? userName, string method, string path);
}
