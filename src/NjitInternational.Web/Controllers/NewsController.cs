using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.News;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

[LocalizedRoutes]
public sealed class NewsController(NewsQueries news, NewsFeed feed) : Controller
{
    /// <summary>Newest first; a page number that is not one (or past the end) shows the nearest page.</summary>
    [HttpGet("/news")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.News])]
    public async Task<IActionResult> Index(string? page, CancellationToken cancellationToken)
    {
        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        return View(await news.ListAsync(number, cancellationToken));
    }

    /// <summary>
    /// The Atom feed in the address's language. The file result answers conditional requests
    /// (If-None-Match, If-Modified-Since → 304) from the ETag and Last-Modified; so does the output
    /// cache for the entry it keeps.
    /// </summary>
    [HttpGet("/news/feed.atom")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.News])]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var document = await feed.BuildAsync($"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(document.Utf8))[..32] + "\"");
        return File(document.Utf8, "application/atom+xml; charset=utf-8", document.Updated, etag);
    }

    /// <summary>The page names the programmes and partners it is about, so their changes evict it too.</summary>
    [HttpGet("/news/{slug}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.News, CacheTags.Programmes, CacheTags.Partners, CacheTags.Countries])]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var item = await news.FindAsync(slug, cancellationToken);
        return item is null ? NotFound() : View(item);
    }
}
