using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Seo;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

/// <summary>
/// sitemap.xml and robots.txt, with absolute addresses built from the request's scheme and host.
/// A sitemap may hold 50,000 URLs: past <see cref="SitemapOptions.EntriesPerFile"/> pages (two URLs
/// each, one per language) sitemap.xml becomes an index of /sitemap-1.xml, /sitemap-2.xml, ...
/// </summary>
/// <remarks>
/// The host comes from the request, so production must restrict it (AllowedHosts, or forwarded
/// headers from a trusted proxy) for these addresses to be the canonical ones.
/// </remarks>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SeoController(SitemapQuery sitemap, IOptions<SitemapOptions> options) : Controller
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private string SiteRoot => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    private int EntriesPerFile => Math.Max(1, options.Value.EntriesPerFile);

    [HttpGet("/sitemap.xml")]
    [HttpGet("/sitemap-{number:int}.xml")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.AllContent])]
    public async Task<IActionResult> Sitemap(int? number, CancellationToken cancellationToken)
    {
        var entries = await sitemap.GetAsync(cancellationToken);
        var files = entries.Chunk(EntriesPerFile).ToList();
        if (number is null)
        {
            return files.Count < 2 ? await UrlSetAsync(entries) : await IndexAsync(files);
        }

        // With one file there is no index: its entries are sitemap.xml itself.
        return files.Count < 2 || number < 1 || number > files.Count
            ? NotFound()
            : await UrlSetAsync(files[number.Value - 1]);
    }

    private async Task<IActionResult> IndexAsync(List<SitemapEntry[]> files)
    {
        var root = SiteRoot;
        return await XmlAsync(async xml =>
        {
            await xml.WriteStartElementAsync(null, "sitemapindex", SitemapNamespace);
            for (var i = 0; i < files.Count; i++)
            {
                await xml.WriteStartElementAsync(null, "sitemap", SitemapNamespace);
                await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, $"{root}/sitemap-{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml");
                if (files[i].Max(e => e.LastModifiedUtc) is { } modified)
                {
                    await xml.WriteElementStringAsync(null, "lastmod", SitemapNamespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                await xml.WriteEndElementAsync();
            }

            await xml.WriteEndElementAsync();
        });
    }

    private async Task<IActionResult> UrlSetAsync(IReadOnlyList<SitemapEntry> entries)
    {
        var root = SiteRoot;
        return await XmlAsync(async xml =>
        {
            await xml.WriteStartElementAsync(null, "urlset", SitemapNamespace);
            await xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNamespace);
            // Each page once per language, each listing both versions and x-default as alternates (Google's hreflang in sitemaps).
            foreach (var entry in entries)
            {
                foreach (var language in SiteCultures.All)
                {
                    await xml.WriteStartElementAsync(null, "url", SitemapNamespace);
                    await xml.WriteElementStringAsync(null, "loc", SitemapNamespace, root + SiteCultures.WithPrefix(entry.Path, language));
                    if (entry.LastModifiedUtc is { } modified)
                    {
                        await xml.WriteElementStringAsync(null, "lastmod", SitemapNamespace, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }

                    foreach (var alternate in SiteCultures.All)
                    {
                        await xml.WriteStartElementAsync("xhtml", "link", XhtmlNamespace);
                        await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
                        await xml.WriteAttributeStringAsync(null, "hreflang", null, alternate.HtmlLang);
                        await xml.WriteAttributeStringAsync(null, "href", null, root + SiteCultures.WithPrefix(entry.Path, alternate));
                        await xml.WriteEndElementAsync();
                    }

                    // The same x-default as the page's own head: the unprefixed address, which sends
                    // each visitor to their language's version (conflicting signals would be ignored).
                    await xml.WriteStartElementAsync("xhtml", "link", XhtmlNamespace);
                    await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
                    await xml.WriteAttributeStringAsync(null, "hreflang", null, "x-default");
                    await xml.WriteAttributeStringAsync(null, "href", null, root + entry.Path);
                    await xml.WriteEndElementAsync();
                    await xml.WriteEndElementAsync();
                }
            }

            await xml.WriteEndElementAsync();
        });
    }

    /// <summary>An XML document written by <paramref name="write"/> (between the document's start and end).</summary>
    private async Task<IActionResult> XmlAsync(Func<XmlWriter, Task> write)
    {
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings
        {
            Async = true,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
        }))
        {
            await xml.WriteStartDocumentAsync();
            await write(xml);
            await xml.WriteEndDocumentAsync();
        }

        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>
    /// Only Disallow lines, each in the form a crawler meets: search results (endless, thin pages)
    /// under both language prefixes and the unprefixed address that redirects to them, the staff
    /// area, error pages and health probes. No leading "Allow: /": first-match parsers (Python's
    /// urllib.robotparser, several crawlers) stop at it and read everything as allowed.
    /// </summary>
    [HttpGet("/robots.txt")]
    public ContentResult Robots() => Content(
        "User-agent: *\n" +
        string.Concat(DisallowedPrefixes.Select(prefix => $"Disallow: {prefix}\n")) +
        $"\nSitemap: {SiteRoot}/sitemap.xml\n",
        "text/plain; charset=utf-8");

    private static readonly string[] DisallowedPrefixes =
        ["/admin", .. SiteCultures.All.Select(culture => SiteCultures.WithPrefix("/search", culture)), "/search", "/error", "/health"];
}
