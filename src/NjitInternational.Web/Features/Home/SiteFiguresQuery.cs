using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Home;

/// <summary>Counts what a visitor can actually see: published records, partners in published countries.</summary>
public sealed class SiteFiguresQuery(AppDbContext db)
{
    public async Task<SiteFigures> GetAsync(CancellationToken cancellationToken)
    {
        var publishedPartners = db.Partners.AsNoTracking().VisiblePartners();

        return new SiteFigures(
            Partners: await publishedPartners.CountAsync(cancellationToken),
            CountriesAndRegions: await publishedPartners.Select(p => p.CountryId).Distinct().CountAsync(cancellationToken),
            Programmes: await db.Programmes.Published().CountAsync(cancellationToken),
            Alliances: await db.Alliances.Published().CountAsync(cancellationToken),
            VisitingProfessors: await db.VisitingProfessors.Published().CountAsync(cancellationToken));
    }
}
