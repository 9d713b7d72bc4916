using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.People;

namespace NjitInternational.Web.Controllers;

public sealed class VisitingProfessorsController(VisitingProfessorQueries professors) : Controller
{
    [HttpGet("/visiting-professors")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await professors.ListAsync(cancellationToken));

    [HttpGet("/visiting-professors/{slug}")]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        var professor = await professors.FindAsync(slug, cancellationToken);
        return professor is null ? NotFound() : View(professor);
    }
}
