using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

public sealed record ProgrammePartnerLink(string Slug, LocalizedText Name, LocalizedText CountryName, string CountryIso);

/// <summary>One row of a programme list (catalogue, landing pages, home).</summary>
public sealed record ProgrammeListItem(
    int Id,
    string Slug,
    LocalizedText Title,
    ProgrammeKind Kind,
    ProgrammeDirection? Direction,
    LocalizedText? Summary,
    string? StudyMode,
    LocalizedText? Duration,
    LocalizedText? LanguageOfInstruction,
    IReadOnlyList<ProgrammePartnerLink> Partners,
    ApplicationStatus Application);

/// <summary>The filters of the catalogue after parsing: unknown or malformed values are dropped, never an error.</summary>
public sealed record ProgrammeFilter(
    ProgrammeKind? Kind,
    DirectionFilter? Direction,
    string? Partner,
    string? Country,
    string? Discipline,
    string? Language,
    string? Query,
    int Page)
{
    public const int MaxQueryLength = 100;
    public const int MaxValueLength = 150;

    public bool IsEmpty => Kind is null && Direction is null && Partner is null && Country is null
        && Discipline is null && Language is null && Query is null;

    public static ProgrammeFilter Parse(
        string? kind, string? direction, string? partner, string? country,
        string? discipline, string? language, string? q, string? page) =>
        new(
            ProgrammeLabels.ParseKind(kind),
            ProgrammeLabels.ParseDirection(direction),
            Clean(partner, MaxValueLength)?.ToLowerInvariant(),
            Clean(country, 2)?.ToUpperInvariant(),
            Clean(discipline, MaxValueLength),
            Clean(language, MaxValueLength),
            Clean(q, MaxQueryLength),
            int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1);

    /// <summary>Trims; empty becomes null; over-long input is cut (a 5,000-character q searches its first 100).</summary>
    private static string? Clean(string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? trimmed[..maxLength].Trim() : trimmed;
    }

    /// <summary>The query string of this filter with some values replaced (null removes one), for links.</summary>
    public string ToQueryString(int? page = null, bool withoutKind = false)
    {
        var parts = new List<KeyValuePair<string, string?>>();
        if (Kind is { } k && !withoutKind)
        {
            parts.Add(new("kind", ProgrammeLabels.KindSlug(k)));
        }

        if (Direction is { } d)
        {
            parts.Add(new("direction", ProgrammeLabels.DirectionSlug(d)));
        }

        parts.Add(new("partner", Partner));
        parts.Add(new("country", Country));
        parts.Add(new("discipline", Discipline));
        parts.Add(new("language", Language));
        parts.Add(new("q", Query));
        if (page is > 1)
        {
            parts.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Microsoft.AspNetCore.Http.QueryString.Create(parts.Where(p => p.Value is not null)).ToString();
    }
}

/// <summary>One kind of programme on a study landing page: its first programmes by title, and how many there are.</summary>
public sealed record ProgrammeKindGroup(ProgrammeKind Kind, int Total, IReadOnlyList<ProgrammeListItem> Programmes)
{
    public bool HasMore => Total > Programmes.Count;
}

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

public sealed record ProgrammeDetailViewModel(
    int Id,
    string Slug,
    LocalizedText Title,
    ProgrammeKind Kind,
    ProgrammeDirection? Direction,
    LocalizedText? Summary,
    LocalizedText? Discipline,
    LocalizedText? DegreesAwarded,
    string? StudyMode,
    LocalizedText? Duration,
    LocalizedText? LanguageOfInstruction,
    int? RunningSince,
    IHtmlContent DescriptionHtml,
    IHtmlContent HowToApplyHtml,
    bool HasDescription,
    bool HasHowToApply,
    IReadOnlyList<ProgrammePartnerLink> Partners,
    ApplicationStatus Application)
{
    /// <summary>International students can come to NJIT on it: the enquiry form can name it.</summary>
    public bool IsForStudentsComingToNjit => Direction is ProgrammeDirection.Inbound or ProgrammeDirection.Both;
}
