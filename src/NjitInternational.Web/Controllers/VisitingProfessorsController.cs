using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.VisitingProfessors;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

[LocalizedRoutes]
public sealed class VisitingProfessorsController(VisitingProfessorQueries professors) : Controller
{
    [HttpGet("/visiting-professors")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.VisitingProfessors])]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await professors.ListAsync(cancellationToken));

    [HttpGet("/visiting-professors/{slug}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.VisitingProfessors])]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var professor = await professors.FindAsync(slug, cancellationToken);
        return professor is null ? NotFound() : View(professor);
    }
}
