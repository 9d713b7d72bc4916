using System.Globalization;
using System.Threading.RateLimiting;

namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>A fixed-window limit per client address, configurable per policy.</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;
}

internal static class RateLimitingExtensions
{
    private static readonly Dictionary<string, RateLimitOptions> Defaults = new(StringComparer.Ordinal)
    {
        [RateLimitPolicies.SignIn] = new() { PermitLimit = 10, WindowSeconds = 60 },
        [RateLimitPolicies.Enquiry] = new() { PermitLimit = 5, WindowSeconds = 60 },
        [RateLimitPolicies.Search] = new() { PermitLimit = 60, WindowSeconds = 60 },
    };

    public static IServiceCollection AddAppRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };

            foreach (var (name, fallback) in Defaults)
            {
                var settings = configuration.GetSection($"RateLimits:{name}").Get<RateLimitOptions>() ?? fallback;
                limiter.AddPolicy(name, http => RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
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
}
