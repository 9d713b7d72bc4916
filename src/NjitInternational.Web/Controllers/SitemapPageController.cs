using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Seo;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

/// <summary>The readable sitemap for people (the footer's "Sitemap"); crawlers keep /sitemap.xml.</summary>
[LocalizedRoutes]
public sealed class SitemapPageController(SitemapPageQuery sitemap) : Controller
{
    [HttpGet("/sitemap")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.AllContent])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("~/Views/Seo/Sitemap.cshtml", await sitemap.GetAsync(cancellationToken));
}
