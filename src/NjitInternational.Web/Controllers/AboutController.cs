using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Pages;

namespace NjitInternational.Web.Controllers;

/// <summary>Staff-edited prose pages (e.g. /about/staff-mobility).</summary>
public sealed class AboutController(AboutPageQuery pages) : Controller
{
    [HttpGet("/about/{slug}")]
    public async Task<IActionResult> Page(string slug, CancellationToken cancellationToken)
    {
        // Pages with a landing page of their own have one public address: the landing page.
        if (AboutPageQuery.LandingPages.TryGetValue(slug, out var landing))
        {
            return RedirectPermanent(landing);
        }

        var page = await pages.FindAsync(slug, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
