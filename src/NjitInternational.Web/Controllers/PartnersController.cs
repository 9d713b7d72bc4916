using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Csv;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.PartnerMap;
using NjitInternational.Web.Features.Partners;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Controllers;

[LocalizedRoutes]
public sealed class PartnersController(AppDbContext db, TimeProvider clock) : Controller
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    [HttpGet("/partners")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Partners, CacheTags.Countries, CacheTags.Programmes, CacheTags.Alliances])]
    public async Task<IActionResult> Index([FromServices] PartnerDirectoryQuery directory, CancellationToken cancellationToken)
    {
        var filter = PartnerDirectoryFilter.Parse(Request.Query);
        return View(await directory.GetAsync(filter, cancellationToken));
    }

    [HttpGet("/partners/map")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Partners, CacheTags.Countries])]
    public async Task<IActionResult> Map([FromServices] PartnerMapQuery counts, CancellationToken cancellationToken) =>
        View(await counts.GetAsync(cancellationToken));

    /// <summary>The office's approved base map (PartnerMap:BaseMapPath), shown as an image under the markers; 404 without one.</summary>
    [HttpGet(ApprovedBaseMap.ImagePath)]
    [CultureNeutral]
    public IActionResult BaseMap([FromServices] ApprovedBaseMap baseMap) =>
        baseMap.IsAvailable ? PhysicalFile(baseMap.FilePath!, "image/svg+xml") : NotFound();

    [HttpGet("/partners/{slug}")]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Partners, CacheTags.Countries, CacheTags.Programmes, CacheTags.Alliances, CacheTags.News])]
    public async Task<IActionResult> Detail(string slug, [FromServices] PartnerDetailQuery details, CancellationToken cancellationToken)
    {
        var partner = await details.GetAsync(slug, cancellationToken);
        return partner is null ? NotFound() : View(partner);
    }

    /// <summary>Open data: every visible partner, RFC 4180 CSV in UTF-8 with a byte-order mark.</summary>
    [HttpGet("/partners.csv")]
    [CultureNeutral]
    [OutputCache(PolicyName = OutputCachingExtensions.PublicPolicy, Tags = [CacheTags.Partners, CacheTags.Countries])]
    public async Task<IActionResult> Csv(CancellationToken cancellationToken)
    {
        var partners = await db.Partners.AsNoTracking().VisiblePartners(_now)
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Name,
                p.ShortName,
                p.Slug,
                p.Country!.IsoCode,
                CountryName = p.Country.Name,
                CountryNameZh = p.Country.NameZh,
                p.City,
                p.WebsiteUrl,
                p.PartnerSince,
                Kinds = p.PartnershipKinds.OrderBy(k => k.Kind).Select(k => k.Kind).ToList(),
                p.Summary,
            })
            .ToListAsync(cancellationToken);

        var siteRoot = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        return new CsvFileResult(
            "partners.csv",
            ["name", "short_name", "slug", "country_iso", "country", "country_zh", "city", "website", "partner_since", "kinds", "summary", "url"],
            partners.Select(p => (IReadOnlyList<string?>)
            [
                p.Name,
                p.ShortName,
                p.Slug,
                p.IsoCode,
                p.CountryName,
                p.CountryNameZh,
                p.City,
                p.WebsiteUrl,
                p.PartnerSince?.ToString(CultureInfo.InvariantCulture),
                string.Join(';', p.Kinds.Select(PartnerDirectoryFilter.Slug)),
                p.Summary,
                $"{siteRoot}/partners/{p.Slug}",
            ]),
            CsvFormat.OpenData);
    }
}
