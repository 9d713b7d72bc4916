using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Conferences;

namespace NjitInternational.Web.Controllers;

public sealed class ConferencesController(ConferenceQueries conferences) : Controller
{
    [HttpGet("/conferences")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await conferences.ListAsync(cancellationToken));

    [HttpGet("/conferences/{slug}")]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var conference = await conferences.FindAsync(slug, cancellationToken);
        return conference is null ? NotFound() : View(conference);
    }
}
