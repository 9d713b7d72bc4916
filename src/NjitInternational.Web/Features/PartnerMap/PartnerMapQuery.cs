using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.PartnerMap;

public sealed record CountryPartnerCount(string IsoCode, string Name, int Count);

/// <summary>Visible partners per country or region: one grouped SQL command.</summary>
public sealed class PartnerMapQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public async Task<IReadOnlyList<CountryPartnerCount>> GetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Partners.AsNoTracking().VisiblePartners(_now)
            .GroupBy(p => new { p.Country!.IsoCode, p.Country.Name, p.Country.NameZh })
            .Select(g => new CountryPartnerCount(g.Key.IsoCode, LocalizedText.Of(g.Key.Name, g.Key.NameZh).Text, g.Count()))
            .ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Name, StringComparer.CurrentCulture)];
    }
}
