using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Alliances;

namespace NjitInternational.Web.Controllers;

public sealed class AlliancesController(AllianceQueries alliances) : Controller
{
    [HttpGet("/alliances")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await alliances.ListAsync(cancellationToken));

    [HttpGet("/alliances/{slug}")]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var alliance = await alliances.GetAsync(slug, cancellationToken);
        return alliance is null ? NotFound() : View(alliance);
    }
}
