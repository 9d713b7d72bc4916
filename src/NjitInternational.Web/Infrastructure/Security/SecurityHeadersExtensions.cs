using Microsoft.Extensions.Options;
using NjitInternational.Web.Features.ExternalSignIn;

namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>
/// Response headers every answer carries (pages, static files, error pages, health, 429s), and
/// HTTPS redirection + HSTS outside Development and Testing.
/// </summary>
internal static class SecurityHeadersExtensions
{
    /// <summary>
    /// No 'unsafe-inline' or 'unsafe-eval': the site has no inline scripts, styles or event handlers
    /// (house rule). JSON-LD blocks (type application/ld+json) are data, which CSP does not block.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), fullscreen=(self), geolocation=(), " +
        "gyroscope=(), interest-cohort=(), magnetometer=(), microphone=(), midi=(), payment=(), " +
        "publickey-credentials-create=(self), publickey-credentials-get=(self), screen-wake-lock=(), usb=(), " +
        "xr-spatial-tracking=()";

    /// <summary>The environment name the integration tests run in (plain HTTP test host).</summary>
    public const string TestingEnvironment = "Testing";

    private static readonly KeyValuePair<string, string>[] Headers =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", PermissionsPolicy),
        new("X-Frame-Options", "DENY"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    /// <summary>HTTPS is enforced everywhere except on a developer's machine and the HTTP test host.</summary>
    public static bool EnforcesHttps(this IHostEnvironment environment) =>
        !environment.IsDevelopment() && !environment.IsEnvironment(TestingEnvironment);

    public static IServiceCollection AddAppTransportSecurity(this IServiceCollection services)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    /// <summary>
    /// The policy with the identity provider's origin added to form-action: the sign-in button and
    /// sign-out are form posts answered by a redirect to the provider, and browsers check
    /// form-action on every redirect of a form submission.
    /// </summary>
    public static string ContentSecurityPolicyWithProvider(Uri authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {authority.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
    }

    /// <summary>First in the pipeline, so that even responses short-circuited later carry the headers.</summary>
    public static IApplicationBuilder UseAppSecurityHeaders(this IApplicationBuilder app, IHostEnvironment environment)
    {
        var oidc = app.ApplicationServices.GetRequiredService<IOptions<OidcOptions>>().Value;
        var headers = oidc.Enabled
            ? Headers.Select(h => h.Key == "Content-Security-Policy" ? new(h.Key, ContentSecurityPolicyWithProvider(new Uri(oidc.Authority!))) : h).ToArray()
            : Headers;
        // One delegate for the life of the site: no allocation per response beyond OnStarting's own.
        Func<object, Task> writeHeaders = state =>
        {
            var response = ((HttpContext)state).Response;
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }

            return Task.CompletedTask;
        };
        app.Use((context, next) =>
        {
            context.Response.OnStarting(writeHeaders, context);
            return next(context);
        });

        if (environment.EnforcesHttps())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }
}
