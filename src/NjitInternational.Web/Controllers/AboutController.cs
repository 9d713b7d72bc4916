using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Features.About;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

/// <summary>Staff-edited prose pages (e.g. /about/staff-mobility).</summary>
[LocalizedRoutes]
public sealed class AboutController(AboutPageQuery pages) : Controller
{
    [HttpGet("/about/{slug}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Pages])]
    public async Task<IActionResult> Page(string slug, CancellationToken cancellationToken)
    {
        // Pages with a landing page of their own have one public address: the landing page.
        if (AboutPageQuery.LandingPages.TryGetValue(slug, out var landing))
        {
            return RedirectPermanent(SiteCultures.WithPrefix(landing, SiteCultures.Current));
        }

        var page = await pages.FindAsync(slug, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
