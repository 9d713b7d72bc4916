using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// The output cache's only policy (a base policy). The output cache runs before routing,
/// authentication and the rest of the pipeline, so that a hit costs the cache lookup and the
/// write and nothing else; this policy therefore decides from the request alone whether to look
/// up, and from the response and its endpoint whether to store:
/// <list type="bullet">
/// <item>looked up: GET/HEAD, no Authorization header, no staff sign-in cookie, not a language
/// switch (<see cref="CultureRedirectMiddleware.SwitchesLanguage"/>: that answer sets the language
/// cookie), and a path that can belong to a cached page (<see cref="PublicPagePaths"/>: never static
/// files, health or error pages);</item>
/// <item>stored: a 200 from an endpoint marked <c>[OutputCache(PolicyName = PublicPolicy, Tags = ...)]</c>,
/// tagged with its tags, rendered for an anonymous visitor, setting no cookie and not marked
/// <c>Cache-Control: no-store</c> (pages with an antiforgery token).</item>
/// </list>
/// Entries vary by query string and Accept-Encoding (they hold the compressed body).
/// </summary>
internal sealed class PublicPagePolicy(
    PublicPageCacheOptions settings,
    PublicPagePaths paths,
    IOptionsMonitor<CookieAuthenticationOptions> cookies) : IOutputCachePolicy
{
    private readonly TimeSpan _expiration = TimeSpan.FromSeconds(settings.ExpirationSeconds);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var attempt = settings.Enabled && MayServe(context.HttpContext.Request);
        // Off: the middleware passes the request on untouched (no lookup, no buffering).
        context.EnableOutputCaching = attempt;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        if (attempt)
        {
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
            context.ResponseExpirationTimeSpan = _expiration;
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var marker = http.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>();
        if (marker is not { PolicyName: OutputCachingExtensions.PublicPolicy, NoStore: false }
            || http.Response.StatusCode != StatusCodes.Status200OK
            || !Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(http.Response.Headers.SetCookie)
            // Antiforgery marks pages holding a token "no-store": the token is tied to this
            // visitor's cookie, even when the visitor already had one and none is set.
            || HeaderUtilities.ContainsCacheDirective(http.Response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            || http.User.Identities.Any(i => i.IsAuthenticated))
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }

        foreach (var tag in (marker.Tags ?? []).SelectMany(CacheTags.Expand))
        {
            context.Tags.Add(tag);
        }

        return ValueTask.CompletedTask;
    }

    private bool MayServe(HttpRequest request)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || !paths.MayBeCached(request.Path))
        {
            return false;
        }

        // A visitor switching language gets the page rendered, so CultureRedirectMiddleware can set
        // the language cookie (their cookie names the other language, or they came from this site's
        // page in the other language); that answer sets a cookie and is not stored.
        if (SiteCultures.FromPath(request.Path) is { } shown
            && (request.Headers.ContainsKey(HeaderNames.Cookie) || request.Headers.ContainsKey(HeaderNames.Referer))
            && CultureRedirectMiddleware.SwitchesLanguage(request, shown))
        {
            return false;
        }

        // Staff carry the sign-in cookie (authentication has not run yet, so the cookie is the
        // evidence); they always get a freshly rendered page.
        if (!request.Headers.ContainsKey(HeaderNames.Cookie))
        {
            return true;
        }

        var name = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name
            ?? CookieAuthenticationDefaults.CookiePrefix + IdentityConstants.ApplicationScheme;
        return !request.Cookies.ContainsKey(name);
    }
}
