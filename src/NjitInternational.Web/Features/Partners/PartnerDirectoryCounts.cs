using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Partners;

/// <summary>How many partners a filter matches, and the count next to every facet value.</summary>
public sealed record PartnerDirectoryCounts(
    int Total,
    IReadOnlyList<(string IsoCode, string Name, string? NameZh, int Count)> Countries,
    IReadOnlyDictionary<WorldRegion, int> Regions,
    IReadOnlyDictionary<PartnershipKind, int> Kinds);

/// <summary>
/// The directory's counts: one count and three grouped queries over every visible partner, so their
/// cost grows with the table. They change only when partners or countries are saved (or a scheduled
/// time passes), so they are kept in <see cref="ContentDataCache"/> per filter and per minute, and a
/// page of the directory costs one query for its rows whatever the number of partners.
/// </summary>
public sealed class PartnerDirectoryCountsQuery(AppDbContext db, ContentDataCache cache, TimeProvider clock)
{
    public Task<PartnerDirectoryCounts> GetAsync(PartnerDirectoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var key = "partner-directory-counts|" + filter.MatchKey(clock);
        return cache.GetOrCreateAsync(key, PartnerDirectoryViewModel.CacheTags, ct => CountAsync(filter, ct), cancellationToken);
    }

    private async Task<PartnerDirectoryCounts> CountAsync(PartnerDirectoryFilter filter, CancellationToken cancellationToken)
    {
        var visible = db.Partners.AsNoTracking().VisiblePartners(PublishedQueries.Now(clock));
        var total = await PartnerDirectoryQuery.Apply(visible, filter).CountAsync(cancellationToken);

        // Each facet is counted under every filter except its own, so a count says what choosing that value would show.
        var countries = await PartnerDirectoryQuery.Apply(visible, filter with { Countries = [] })
            .GroupBy(p => new { p.Country!.IsoCode, p.Country.Name, p.Country.NameZh })
            .Select(g => new { g.Key.IsoCode, g.Key.Name, g.Key.NameZh, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var regions = await PartnerDirectoryQuery.Apply(visible, filter with { Region = null })
            .GroupBy(p => p.Country!.WorldRegion)
            .Select(g => new { Region = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Region, g => g.Count, cancellationToken);

        var kindPartnerIds = PartnerDirectoryQuery.Apply(visible, filter with { Kind = null }).Select(p => p.Id);
        var kinds = await db.PartnerPartnershipKinds.AsNoTracking()
            .Where(k => kindPartnerIds.Contains(k.PartnerId))
            .GroupBy(k => k.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);

        return new PartnerDirectoryCounts(total, [.. countries.Select(c => (c.IsoCode, c.Name, c.NameZh, c.Count))], regions, kinds);
    }
}
