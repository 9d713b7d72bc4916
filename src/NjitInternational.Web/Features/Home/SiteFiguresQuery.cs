using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Home;

/// <summary>Counts what a visitor can actually see: published records, partners in published countries.</summary>
public sealed class SiteFiguresQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public async Task<SiteFigures> GetAsync(CancellationToken cancellationToken)
    {
        var publishedPartners = db.Partners.AsNoTracking().VisiblePartners(_now);

        return new SiteFigures(
            Partners: await publishedPartners.CountAsync(cancellationToken),
            CountriesAndRegions: await publishedPartners.Select(p => p.CountryId).Distinct().CountAsync(cancellationToken),
            Programmes: await db.Programmes.Published(_now).CountAsync(cancellationToken),
            Alliances: await db.Alliances.Published(_now).CountAsync(cancellationToken),
            VisitingProfessors: await db.VisitingProfessors.Published(_now).CountAsync(cancellationToken));
    }
}
