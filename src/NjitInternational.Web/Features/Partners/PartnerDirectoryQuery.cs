using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.Web.Features.Partners;

/// <summary>
/// The partner directory: the counts (total and facets, cached: <see cref="PartnerDirectoryCountsQuery"/>)
/// and one query for the page's rows, which the name index serves without sorting (see PartnerConfiguration).
/// The rows and facets are kept in <see cref="ContentDataCache"/> too, per language, filter, page and minute
/// (<see cref="PartnerDirectoryViewModel.CacheKey"/>, which also keys the view's rendered fragment),
/// and expire with the counts (a partner or country save, a scheduled moment, the minute at the latest).
/// </summary>
public sealed class PartnerDirectoryQuery(AppDbContext db, PartnerDirectoryCountsQuery counts, ContentDataCache cache, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public async Task<PartnerDirectoryViewModel> GetAsync(PartnerDirectoryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var summary = await counts.GetAsync(filter, cancellationToken);
        var total = summary.Total;
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PartnerDirectoryFilter.PageSize));
        // A page past the end (an old bookmark) shows the last page rather than nothing.
        filter = filter with { Page = Math.Min(filter.Page, pageCount) };

        // Per language: the rows and country facets hold localized names. The facets are kept with
        // the rows, so a repeated request neither queries nor sorts.
        var key = $"partner-directory|{SiteCultures.Current.Segment}|{filter.MatchKey(clock)}|{filter.Sort}|{filter.Page}";
        var page = await cache.GetOrCreateAsync("page|" + key, PartnerDirectoryViewModel.CacheTags, async ct => new DirectoryPage(
            await RowsAsync(filter, ct), CountryFacets(summary, filter), RegionFacets(summary, filter), KindFacets(summary, filter)), cancellationToken);

        return new PartnerDirectoryViewModel(filter, page.Rows, total, pageCount, page.Countries, page.Regions, page.Kinds, key);
    }

    private sealed record DirectoryPage(
        List<PartnerListItem> Rows,
        List<FacetValue<string>> Countries,
        List<FacetValue<WorldRegion>> Regions,
        List<FacetValue<PartnershipKind>> Kinds);

    private static List<FacetValue<string>> CountryFacets(PartnerDirectoryCounts summary, PartnerDirectoryFilter filter)
    {
        var facets = summary.Countries
            .Select(c => new FacetValue<string>(c.IsoCode, LocalizedText.Of(c.Name, c.NameZh).Text, c.Count, filter.Countries.Contains(c.IsoCode)))
            .OrderBy(c => c.Label, StringComparer.CurrentCulture)
            .ToList();
        // A selected country with no partners under the other filters stays visible, so it can be unticked.
        facets.AddRange(filter.Countries
            .Where(iso => summary.Countries.All(c => c.IsoCode != iso))
            .Select(iso => new FacetValue<string>(iso, iso, 0, true)));
        return facets;
    }

    private static List<FacetValue<WorldRegion>> RegionFacets(PartnerDirectoryCounts summary, PartnerDirectoryFilter filter) =>
        [.. Enum.GetValues<WorldRegion>().Select(r => new FacetValue<WorldRegion>(r, PartnerLabels.For(r), summary.Regions.GetValueOrDefault(r), filter.Region == r))];

    private static List<FacetValue<PartnershipKind>> KindFacets(PartnerDirectoryCounts summary, PartnerDirectoryFilter filter) =>
        [.. Enum.GetValues<PartnershipKind>().Select(k => new FacetValue<PartnershipKind>(k, PartnerLabels.For(k), summary.Kinds.GetValueOrDefault(k), filter.Kind == k))];

    private async Task<List<PartnerListItem>> RowsAsync(PartnerDirectoryFilter filter, CancellationToken cancellationToken) =>
        await Sort(Apply(db.Partners.AsNoTracking().VisiblePartners(_now), filter), filter.Sort)
            .Skip((filter.Page - 1) * PartnerDirectoryFilter.PageSize)
            .Take(PartnerDirectoryFilter.PageSize)
            .Select(p => new PartnerListItem(
                LocalizedText.Of(p.Name, p.NameZh),
                LocalizedText.Pick(p.ShortName, p.ShortNameZh),
                p.Slug,
                p.Country!.IsoCode,
                LocalizedText.Of(p.Country.Name, p.Country.NameZh),
                LocalizedText.Pick(p.City, p.CityZh),
                p.PartnerSince,
                p.PartnershipKinds.OrderBy(k => k.Kind).Select(k => k.Kind).ToList()))
            .ToListAsync(cancellationToken);

    internal static IQueryable<Partner> Apply(IQueryable<Partner> partners, PartnerDirectoryFilter filter)
    {
        if (filter.Countries.Count > 0)
        {
            var countries = filter.Countries.ToList();
            partners = partners.Where(p => countries.Contains(p.Country!.IsoCode));
        }

        if (filter.Region is { } region)
        {
            partners = partners.Where(p => p.Country!.WorldRegion == region);
        }

        if (filter.Kind is { } kind)
        {
            partners = partners.Where(p => p.PartnershipKinds.Any(k => k.Kind == kind));
        }

        if (filter.Query is { } text)
        {
            // Lower-casing both sides behaves the same on SQLite (whose LIKE/instr are case-sensitive
            // for non-ASCII) and SQL Server whatever its collation; EF escapes the term.
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(); culture overloads are not translatable
            var term = text.ToLowerInvariant();
            // Chinese has no spaces or case: a plain substring match over the Chinese columns. The
            // country's name matches too, so 芬兰 (or Finland) lists the partners in Finland.
            partners = partners.Where(p => p.Name.ToLower().Contains(term) || (p.ShortName != null && p.ShortName.ToLower().Contains(term))
                || (p.NameZh != null && p.NameZh.Contains(text)) || (p.ShortNameZh != null && p.ShortNameZh.Contains(text))
                || p.Country!.Name.ToLower().Contains(term) || (p.Country.NameZh != null && p.Country.NameZh.Contains(text)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return partners;
    }

    private static IQueryable<Partner> Sort(IQueryable<Partner> partners, PartnerSort sort) => sort switch
    {
        PartnerSort.Country => partners.OrderBy(p => p.Country!.Name).ThenBy(p => p.Name).ThenBy(p => p.Id),
        PartnerSort.Since => partners.OrderBy(p => p.PartnerSince == null).ThenBy(p => p.PartnerSince).ThenBy(p => p.Name).ThenBy(p => p.Id),
        _ => partners.OrderBy(p => p.Name).ThenBy(p => p.Id),
    };
}
