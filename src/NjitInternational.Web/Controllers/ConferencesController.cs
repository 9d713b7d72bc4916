using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Features.Conferences;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

[LocalizedRoutes]
public sealed class ConferencesController(ConferenceQueries conferences) : Controller
{
    [HttpGet("/conferences")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Conferences])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await conferences.ListAsync(cancellationToken));

    [HttpGet("/conferences/{slug}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Conferences])]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var conference = await conferences.FindAsync(slug, cancellationToken);
        return conference is null ? NotFound() : View(conference);
    }
}
