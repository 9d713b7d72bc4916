namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// Runs after routing. An old unprefixed address of a public page (/, /partners/x?q=1) answers 302
/// to the same page in the visitor's language (cookie, else Accept-Language); the redirect also
/// remembers that language in a cookie. A page under /en or /zh sets the cookie only when the visitor
/// switched language: their cookie says otherwise, or (no cookie yet) they came from this site's page
/// in the other language. Visitors and crawlers reading one language never get a Set-Cookie, so their
/// pages stay in the output cache.
/// </summary>
public sealed class CultureRedirectMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<UnprefixedPublicRouteMetadata>() is not null
            && !context.Request.RouteValues.ContainsKey(SiteCultures.RouteKey))
        {
            var culture = SiteCultures.Choose(context.Request);
            Remember(context, culture);
            context.Response.Headers.Vary = "Accept-Language, Cookie";
            context.Response.Headers.CacheControl = "no-store";
            // The path stays encoded: Kestrel refuses non-ASCII header values, and a decoded %3F or %23 would cut it.
            context.Response.Redirect(SiteCultures.WithPrefix(context.Request.Path.ToUriComponent(), culture) + context.Request.QueryString);
            return Task.CompletedTask;
        }

        if (context.Request.RouteValues.TryGetValue(SiteCultures.RouteKey, out var value)
            && SiteCultures.FromSegment(value as string) is { } shown
            && SwitchesLanguage(context.Request, shown))
        {
            Remember(context, shown);
        }

        return next(context);
    }

    /// <summary>
    /// True when showing a page in <paramref name="shown"/> sets the language cookie: the visitor's
    /// cookie says otherwise, or (no cookie yet) they came from this site's page in the other
    /// language. The output cache asks too (PublicPagePolicy): such a request is never a cache hit.
    /// </summary>
    public static bool SwitchesLanguage(HttpRequest request, SiteCulture shown)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.TryGetValue(SiteCultures.CookieName, out var remembered)
            ? !string.Equals(remembered, shown.Segment, StringComparison.Ordinal)
            : CameFromOtherLanguage(request, shown);
    }

    /// <summary>
    /// True when a visitor without the cookie followed the language switch: the Referer is a page of
    /// this site in the other language (the Referrer-Policy sends the full URL on same-origin links).
    /// </summary>
    private static bool CameFromOtherLanguage(HttpRequest request, SiteCulture shown) =>
        request.GetTypedHeaders().Referer is { IsAbsoluteUri: true } referer
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && SiteCultures.FromPath(new PathString(referer.AbsolutePath)) is { } from
        && !ReferenceEquals(from, shown);

    private static void Remember(HttpContext context, SiteCulture culture) =>
        context.Response.Cookies.Append(SiteCultures.CookieName, culture.Segment, new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = CookieLifetime,
        });
}
