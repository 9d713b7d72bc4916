using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace NjitInternational.Web.Features.Localization;

/// <summary>One language of the public site: its URL segment, .NET culture and HTML language tag.</summary>
public sealed record SiteCulture(string Segment, string CultureName, string HtmlLang, string NativeName)
{
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(CultureName);
}

/// <summary>
/// The site's two languages and the path rules: public pages live under /en/... and /zh/...;
/// everything else (admin, health, static files, CSV, sitemap, robots) has no prefix.
/// </summary>
public static class SiteCultures
{
    public const string RouteKey = "culture";

    /// <summary>The route constraint of the culture segment (see <see cref="CulturePrefixConvention"/>).</summary>
    public const string RouteConstraint = "regex(^(en|zh)$)";

    public const string CookieName = ".njit.lang";

    public static SiteCulture English { get; } = new("en", "en", "en", "English");

    public static SiteCulture Chinese { get; } = new("zh", "zh-CN", "zh-CN", "中文");

    public static IReadOnlyList<SiteCulture> All { get; } = [English, Chinese];

    public static SiteCulture Default => English;

    public static SiteCulture? FromSegment(string? segment) =>
        All.FirstOrDefault(c => string.Equals(c.Segment, segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>The site culture of the current thread (English unless the request is under /zh).</summary>
    public static SiteCulture Current =>
        SiteDates.IsChinese(CultureInfo.CurrentUICulture) ? Chinese : English;

    public static bool IsChinese => ReferenceEquals(Current, Chinese);

    /// <summary>The language of a path's first segment (/zh/partners → Chinese), or null when unprefixed.</summary>
    public static SiteCulture? FromPath(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 3 || value[0] != '/')
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];
        return FromSegment(segment);
    }

    /// <summary>The path without its language prefix: /zh/partners/x → /partners/x, /zh → /.</summary>
    public static string StripPrefix(string path)
    {
        var culture = FromPath(path);
        if (culture is null)
        {
            return path;
        }

        var rest = path[(culture.Segment.Length + 1)..];
        return rest.Length == 0 ? "/" : rest;
    }

    /// <summary>/partners/x in Chinese → /zh/partners/x; / → /zh.</summary>
    public static string WithPrefix(string unprefixedPath, SiteCulture culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return unprefixedPath is "" or "/" ? "/" + culture.Segment : "/" + culture.Segment + unprefixedPath;
    }

    /// <summary>
    /// The public page a request shows, without its prefix; for a re-executed error page, the page
    /// the visitor asked for (so the language switch on a 404 keeps the address).
    /// </summary>
    public static string PublicPath(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var original = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var path = original ?? context.Request.Path.Value ?? "/";
        return StripPrefix(path);
    }

    /// <summary>The request's language when its path (or, for an error page, the original path) carries one.</summary>
    public static SiteCulture? OfRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var original = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        return FromPath(original ?? context.Request.Path);
    }

    /// <summary>
    /// The language for a visitor without one in the path: the cookie the language switch leaves,
    /// else the first Accept-Language entry (by quality) that is English or Chinese; zh* → Chinese.
    /// </summary>
    public static SiteCulture Choose(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cookies.TryGetValue(CookieName, out var cookie) && FromSegment(cookie) is { } remembered)
        {
            return remembered;
        }

        var languages = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in languages)
        {
            var tag = language.Value.Value ?? string.Empty;
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return Default;
    }

    /// <summary>Request localization: the path decides; unprefixed requests (admin, files) are English.</summary>
    public static RequestLocalizationOptions LocalizationOptions()
    {
        var cultures = All.Select(c => c.Culture).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English.Culture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new CustomRequestCultureProvider(context =>
            Task.FromResult(OfRequest(context) is { } culture ? new ProviderCultureResult(culture.CultureName) : null)));
        return options;
    }
}
