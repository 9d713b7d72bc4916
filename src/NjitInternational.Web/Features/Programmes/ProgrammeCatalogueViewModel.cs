using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Programmes;

public sealed record FacetCount<T>(T Value, int Count);

public sealed record FilterOption(string Value, string Label);

public sealed record ProgrammeCatalogueViewModel(
    ProgrammeFilter Filter,
    IReadOnlyList<ProgrammeListItem> Items,
    int TotalCount,
    int Page,
    int PageCount,
    IReadOnlyList<FacetCount<ProgrammeKind>> KindFacets,
    IReadOnlyList<FacetCount<DirectionFilter>> DirectionFacets,
    ChoiceList<FilterOption> Partners,
    IReadOnlyList<FilterOption> CountryOptions,
    IReadOnlyList<string> DisciplineOptions,
    IReadOnlyList<string> LanguageOptions)
{
    public const int PageSize = 20;
}
