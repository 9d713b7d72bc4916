using System.Collections.Concurrent;

namespace NjitInternational.Web.Features.Localization;

/// <summary>
/// The first path segments of the localized pages (partners, programmes, about, …), filled by
/// <see cref="CulturePrefixConvention"/> from the controllers themselves, so the link rewriting knows
/// which site-relative links to prefix without a hand-kept list.
/// </summary>
public sealed class LocalizedRouteTable
{
    private readonly ConcurrentDictionary<string, bool> _segments = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string path) => _segments[FirstSegment(path)] = true;

    /// <summary>
    /// True for a site-relative path (with optional query or fragment) of a localized page
    /// that has no language prefix yet: /partners?x=1, /, /about/x. False for /css/…, /admin,
    /// /partners.csv, /sitemap.xml, //host, /zh/…, and absolute URLs.
    /// </summary>
    public bool IsLocalizable(string url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/' || (url.Length > 1 && url[1] is '/' or '\\'))
        {
            return false;
        }

        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        return SiteCultures.FromPath(path) is null && _segments.ContainsKey(FirstSegment(path));
    }

    /// <summary>
    /// The URL under the culture's prefix when it is a localizable link (see <see cref="IsLocalizable"/>),
    /// else unchanged; a page with no language (<see cref="SiteCultures.OfRequest"/> null: admin, files) leaves every link as it is.
    /// </summary>
    public string Localize(string url, SiteCulture? culture)
    {
        if (culture is null || !IsLocalizable(url))
        {
            return url;
        }

        // "/" and "/?q" or "/#x" (the home page) become "/zh", "/zh?q", "/zh#x".
        return url == "/" || url[1] is '?' or '#'
            ? "/" + culture.Segment + url[1..]
            : "/" + culture.Segment + url;
    }

    private static string FirstSegment(string path)
    {
        var trimmed = path.TrimStart('/');
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? trimmed : trimmed[..slash];
    }
}
