using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>A fixed-window limit per client address, configurable per policy.</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;
}

internal static partial class RateLimitingExtensions
{
    private static readonly Dictionary<string, RateLimitOptions> Defaults = new(StringComparer.Ordinal)
    {
        [RateLimitPolicies.SignIn] = new() { PermitLimit = 10, WindowSeconds = 60 },
        [RateLimitPolicies.Enquiry] = new() { PermitLimit = 5, WindowSeconds = 60 },
        [RateLimitPolicies.Search] = new() { PermitLimit = 60, WindowSeconds = 60 },
        // Each request may queue a mail: few per client address.
        [RateLimitPolicies.PasswordReset] = new() { PermitLimit = 5, WindowSeconds = 900 },
    };

    public static IServiceCollection AddAppRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                int? retryAfterSeconds = null;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                    http.Response.Headers.RetryAfter = retryAfterSeconds.Value.ToString(CultureInfo.InvariantCulture);
                }

                // Policy, path and client address only: never bodies, cookies or query strings.
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>()
                    .CreateLogger(typeof(RateLimitingExtensions).FullName!);
                LogRejected(
                    logger,
                    http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? "(global)",
                    http.Request.Path.Value ?? "/",
                    ClientAddress(http),
                    retryAfterSeconds);
                return ValueTask.CompletedTask;
            };

            foreach (var (name, fallback) in Defaults)
            {
                var settings = configuration.GetSection($"RateLimits:{name}").Get<RateLimitOptions>() ?? fallback;
                limiter.AddPolicy(name, http => RateLimitPartition.GetFixedWindowLimiter(
                    ClientAddress(http),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                        QueueLimit = 0,
                    }));
            }
        });
        return services;
    }

    /// <summary>The client address after forwarded-header processing (only trusted proxies can change it).</summary>
    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(
        EventId = 4290,
        EventName = "RateLimitRejected",
        Level = LogLevel.Warning,
        Message = "Rate limit {Policy} rejected {Path} from {ClientIp}; retry after {RetryAfterSeconds} s")]
    private static partial void LogRejected(ILogger logger, string policy, string path, string clientIp, int? retryAfterSeconds);
}
