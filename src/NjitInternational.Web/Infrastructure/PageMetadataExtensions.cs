using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NjitInternational.Web.Infrastructure;

/// <summary>
/// The page facts the layout turns into &lt;title&gt;, meta description, canonical link and Open
/// Graph tags. Views set them with ViewData; these keys are the only place their names live.
/// </summary>
public static class PageMetadataExtensions
{
    public const string TitleKey = "Title";
    public const string DescriptionKey = "Description";
    public const string CanonicalPathKey = "CanonicalPath";
    public const string OpenGraphTypeKey = "OgType";

    /// <summary>
    /// The canonical URL: the view's explicit path, else the request path without its query string;
    /// on a page under /en or /zh, an unprefixed explicit path gets that language's prefix.
    /// </summary>
    public static string CanonicalUrl(this ViewDataDictionary viewData, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        ArgumentNullException.ThrowIfNull(request);
        var path = viewData[CanonicalPathKey] as string ?? request.Path.Value ?? "/";
        if (Features.Localization.SiteCultures.OfRequest(request.HttpContext) is { } culture
            && Features.Localization.SiteCultures.FromPath(path) is null)
        {
            path = Features.Localization.SiteCultures.WithPrefix(path, culture);
        }
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}
