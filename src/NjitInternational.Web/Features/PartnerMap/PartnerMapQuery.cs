using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.PartnerMap;

public sealed record CountryPartnerCount(string IsoCode, string Name, WorldRegion Continent, int Count);

/// <summary>Visible partners per country or region: one grouped SQL command.</summary>
public sealed class PartnerMapQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    /// <summary>Ordered by continent (as the directory's filter lists them), then by name.</summary>
    public async Task<IReadOnlyList<CountryPartnerCount>> GetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Partners.AsNoTracking().VisiblePartners(_now)
            .GroupBy(p => new { p.Country!.IsoCode, p.Country.Name, p.Country.NameZh, p.Country.WorldRegion })
            .Select(g => new CountryPartnerCount(g.Key.IsoCode, LocalizedText.Of(g.Key.Name, g.Key.NameZh).Text, g.Key.WorldRegion, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Continent).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }
}
