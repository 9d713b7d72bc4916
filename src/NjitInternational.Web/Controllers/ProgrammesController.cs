using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Programmes;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

/// <summary>The programme catalogue, programme pages and the programmes open-data file.</summary>
[LocalizedRoutes]
public sealed class ProgrammesController(ProgrammeCatalogueQuery programmes, ProgrammeDetailQuery details, ProgrammeExportQuery export) : Controller
{
    /// <summary>
    /// Every filter is a plain string in the query string and parsed leniently: an unknown kind,
    /// page=-3 or page=abc is ignored, and q is cut to 100 characters, so no value can cause an error.
    /// kind: collaborative-undergraduate | cooperative-school | international-degree | exchange | courses-and-internships;
    /// direction: abroad (Outbound or Both) | to-njit (Inbound or Both); partner: partner slug;
    /// country: ISO 3166 code of a partner's country; discipline, language: exact values.
    /// </summary>
    [HttpGet("/programmes")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Programmes, CacheTags.Partners, CacheTags.Countries])]
    public async Task<IActionResult> Index(
        [FromQuery] string? kind,
        [FromQuery] string? direction,
        [FromQuery] string? partner,
        [FromQuery] string? country,
        [FromQuery] string? discipline,
        [FromQuery] string? language,
        [FromQuery] string? q,
        [FromQuery] string? page,
        CancellationToken cancellationToken)
    {
        var filter = ProgrammeFilter.Parse(kind, direction, partner, country, discipline, language, q, page);
        return View(await programmes.GetCatalogueAsync(filter, cancellationToken));
    }

    [HttpGet("/programmes/{slug}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Programmes, CacheTags.Partners, CacheTags.Countries, CacheTags.News])]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var programme = slug.Length <= 120 ? await details.GetDetailAsync(slug, cancellationToken) : null;
        return programme is null ? NotFound() : View(programme);
    }

    [HttpGet("/programmes.csv")]
    [CultureNeutral]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Programmes, CacheTags.Partners, CacheTags.Countries])]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var rows = await export.GetExportAsync(cancellationToken);
        var bytes = await ProgrammeCsvExport.WriteAsync(rows, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        return File(bytes, "text/csv; charset=utf-8", "programmes.csv");
    }
}
