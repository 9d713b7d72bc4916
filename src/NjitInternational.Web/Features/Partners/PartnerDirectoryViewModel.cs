using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Partners;

/// <summary>
/// The directory page. <see cref="CacheKey"/> names everything its filters and results show
/// (language, filter, sort, page, minute): the key of the cached rows and of the rendered fragment.
/// </summary>
public sealed record PartnerDirectoryViewModel(
    PartnerDirectoryFilter Filter,
    IReadOnlyList<PartnerListItem> Partners,
    int TotalCount,
    int PageCount,
    IReadOnlyList<FacetValue<string>> CountryFacets,
    IReadOnlyList<FacetValue<WorldRegion>> RegionFacets,
    IReadOnlyList<FacetValue<PartnershipKind>> KindFacets,
    string CacheKey)
{
    /// <summary>What the filters and results show depends on partners and countries only.</summary>
    public static IReadOnlyList<string> CacheTags { get; } = [Infrastructure.Caching.CacheTags.Partners, Infrastructure.Caching.CacheTags.Countries];

    public int FirstShown => TotalCount == 0 ? 0 : ((Filter.Page - 1) * PartnerDirectoryFilter.PageSize) + 1;

    public int LastShown => Math.Min(TotalCount, Filter.Page * PartnerDirectoryFilter.PageSize);
}
