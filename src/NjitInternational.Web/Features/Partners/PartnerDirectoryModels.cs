using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Partners;

public sealed record PartnerListItem(
    LocalizedText Name,
    LocalizedText? ShortName,
    string Slug,
    string CountryIso,
    LocalizedText CountryName,
    LocalizedText? City,
    int? PartnerSince,
    IReadOnlyList<PartnershipKind> Kinds);

/// <summary>A filter value with how many partners it would show, given the other filters.</summary>
public sealed record FacetValue<T>(T Value, string Label, int Count, bool Selected);

public sealed record PartnerDirectoryViewModel(
    PartnerDirectoryFilter Filter,
    IReadOnlyList<PartnerListItem> Partners,
    int TotalCount,
    int PageCount,
    IReadOnlyList<FacetValue<string>> CountryFacets,
    IReadOnlyList<FacetValue<WorldRegion>> RegionFacets,
    IReadOnlyList<FacetValue<PartnershipKind>> KindFacets)
{
    public int FirstShown => TotalCount == 0 ? 0 : ((Filter.Page - 1) * PartnerDirectoryFilter.PageSize) + 1;

    public int LastShown => Math.Min(TotalCount, Filter.Page * PartnerDirectoryFilter.PageSize);
}
