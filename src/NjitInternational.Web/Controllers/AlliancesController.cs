using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Features.Alliances;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

[LocalizedRoutes]
public sealed class AlliancesController(AllianceQueries alliances) : Controller
{
    [HttpGet("/alliances")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Alliances, CacheTags.Partners, CacheTags.Countries])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await alliances.ListAsync(cancellationToken));

    [HttpGet("/alliances/{slug}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Alliances, CacheTags.Partners, CacheTags.Countries])]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var alliance = await alliances.GetAsync(slug, cancellationToken);
        return alliance is null ? NotFound() : View(alliance);
    }
}
