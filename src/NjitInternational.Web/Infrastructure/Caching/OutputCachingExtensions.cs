using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>The "OutputCache" configuration section.</summary>
public sealed class PublicPageCacheOptions
{
    public const string SectionName = "OutputCache";

    /// <summary>Off only to measure the uncached site (bench/) or to debug.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Upper bound on a cached page's life. Edits evict at once; this bounds what depends on the
    /// date alone (a programme's application status, upcoming vs past conferences).
    /// </summary>
    public int ExpirationSeconds { get; set; } = 300;
}

internal static class OutputCachingExtensions
{
    /// <summary>Policy for anonymous public pages: <c>[OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [...])]</c>.</summary>
    public const string PublicPolicy = "PublicPage";

    public static IServiceCollection AddPublicPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(PublicPageCacheOptions.SectionName).Get<PublicPageCacheOptions>() ?? new();
        services.AddOutputCache(options =>
        {
            // The default policy already refuses signed-in users, requests with an Authorization
            // header and responses that set cookies (e.g. antiforgery on forms): staff always get
            // fresh pages, and no visitor gets another's cookie.
            options.AddPolicy(PublicPolicy, policy =>
            {
                if (settings.Enabled)
                {
                    // Entries hold the compressed body (compression runs inside the cache), so one
                    // per Accept-Encoding: a client that cannot read Brotli never gets it.
                    policy.Expire(TimeSpan.FromSeconds(settings.ExpirationSeconds))
                        .SetVaryByHeader(HeaderNames.AcceptEncoding);
                }
                else
                {
                    policy.NoCache();
                }
            });
        });
        services.AddSingleton<ContentChangeSignal>();
        services.AddSingleton<ContentChanges>();
        services.Configure<ContentDataCacheOptions>(configuration.GetSection(ContentDataCacheOptions.SectionName));
        services.AddSingleton<ContentDataCache>();
        services.AddSingleton<IInterceptor, OutputCacheEvictionInterceptor>();
        return services;
    }
}
