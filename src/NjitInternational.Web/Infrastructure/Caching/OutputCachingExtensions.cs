using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

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
            // Every decision is the base policy's (PublicPagePolicy): the middleware runs before
            // routing, where no endpoint policy is known yet. The named policy stays the marker the
            // public actions carry ([OutputCache(PolicyName = PublicPolicy, Tags = [...])]); the base
            // policy reads their tags. It refuses requests with an Authorization header or the staff
            // sign-in cookie, and does not store for signed-in users or responses that set cookies
            // (e.g. antiforgery on forms): staff always get fresh pages, no visitor another's cookie.
            options.AddPolicy(PublicPolicy, MarkerPolicy.Instance);
        });
        services.AddSingleton<PublicPagePaths>();
        services.AddOptions<OutputCacheOptions>()
            .Configure<PublicPagePaths, IOptionsMonitor<CookieAuthenticationOptions>>((options, paths, cookies) =>
                options.AddBasePolicy(new PublicPagePolicy(settings, paths, cookies)));
        services.AddSingleton<ContentChangeSignal>();
        services.AddSingleton<ContentChanges>();
        services.Configure<ContentDataCacheOptions>(configuration.GetSection(ContentDataCacheOptions.SectionName));
        services.AddSingleton<ContentDataCache>();
        return services;
    }

    /// <summary>The named policy does nothing itself: <see cref="PublicPagePolicy"/> acts on the endpoints that name it.</summary>
    private sealed class MarkerPolicy : IOutputCachePolicy
    {
        public static readonly MarkerPolicy Instance = new();

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
