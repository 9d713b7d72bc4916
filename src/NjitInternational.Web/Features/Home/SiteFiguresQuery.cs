using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Home;

/// <summary>Counts what a visitor can actually see: published records, partners in published countries.</summary>
public sealed class SiteFiguresQuery(AppDbContext db)
{
    public async Task<SiteFigures> GetAsync(CancellationToken cancellationToken)
    {
        var publishedPartners = db.Partners.AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Published && p.Country!.Status == PublicationStatus.Published);

        return new SiteFigures(
            Partners: await publishedPartners.CountAsync(cancellationToken),
            CountriesAndRegions: await publishedPartners.Select(p => p.CountryId).Distinct().CountAsync(cancellationToken),
            Programmes: await db.Programmes.CountAsync(p => p.Status == PublicationStatus.Published, cancellationToken),
            Alliances: await db.Alliances.CountAsync(a => a.Status == PublicationStatus.Published, cancellationToken),
            VisitingProfessors: await db.VisitingProfessors.CountAsync(v => v.Status == PublicationStatus.Published, cancellationToken));
    }
}
