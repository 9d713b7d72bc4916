using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Programmes;

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

    /// <summary>How many filters are set (the search box counts as one): "Filter (N active)".</summary>
    public int ActiveCount => new object?[] { Kind, Direction, Partner, Country, Discipline, Language, Query }.Count(v => v is not null);

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
