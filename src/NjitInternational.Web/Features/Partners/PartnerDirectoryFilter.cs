using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Partners;

public enum PartnerSort
{
    Name,
    Country,
    Since,
}

/// <summary>
/// The directory's filters, parsed leniently from the query string: an unknown or malformed value
/// is ignored (or clamped), never an error, so any bookmarked or hand-edited URL still renders.
/// <c>country</c> may repeat (<c>?country=GB&amp;country=DE</c>); the others are single values.
/// </summary>
public sealed record PartnerDirectoryFilter(
    IReadOnlyList<string> Countries,
    WorldRegion? Region,
    PartnershipKind? Kind,
    string? Query,
    PartnerSort Sort,
    int Page)
{
    public const int PageSize = 20;
    public const int MaxQueryLength = 100;
    private const int MaxCountries = 20;

    /// <summary>
    /// The part of a cache key that selects the matching partners (not sort or page), with the
    /// current minute: visibility can change when a scheduled time passes, with no save.
    /// </summary>
    public string MatchKey(TimeProvider clock) =>
        $"{Infrastructure.Caching.ContentDataCache.Minute(clock)}|{string.Join(',', Countries.Order(StringComparer.Ordinal))}|{Region}|{Kind}|{Query}";

    public static PartnerDirectoryFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var countries = query["country"]
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(c => c.Length == 2 && c.All(char.IsAsciiLetter))
            .Select(c => c.ToUpperInvariant())
            .Distinct()
            .Take(MaxCountries)
            .ToList();

        var text = query["q"].ToString().Trim();
        if (text.Length > MaxQueryLength)
        {
            text = text[..MaxQueryLength].Trim();
        }

        var page = int.TryParse(query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;

        return new PartnerDirectoryFilter(
            countries,
            ParseEnum<WorldRegion>(query["region"].ToString()),
            ParseEnum<PartnershipKind>(query["kind"].ToString()),
            text.Length == 0 ? null : text,
            ParseEnum<PartnerSort>(query["sort"].ToString()) ?? PartnerSort.Name,
            page);
    }

    /// <summary>How many filters are set (each chosen country counts): "Filter (N active)".</summary>
    public int ActiveCount => Countries.Count + (Region is null ? 0 : 1) + (Kind is null ? 0 : 1) + (Query is null ? 0 : 1);

    public bool HasFilters => Countries.Count > 0 || Region is not null || Kind is not null || Query is not null;

    /// <summary>The directory URL for these filters (defaults left out, so URLs stay short and canonical).</summary>
    public string ToUrl()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        pairs.AddRange(Countries.Select(c => new KeyValuePair<string, string?>("country", c)));
        if (Region is { } region)
        {
            pairs.Add(new("region", Slug(region)));
        }

        if (Kind is { } kind)
        {
            pairs.Add(new("kind", Slug(kind)));
        }

        if (Query is not null)
        {
            pairs.Add(new("q", Query));
        }

        if (Sort != PartnerSort.Name)
        {
            pairs.Add(new("sort", Slug(Sort)));
        }

        if (Page > 1)
        {
            pairs.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        return QueryHelpers.AddQueryString("/partners", pairs);
    }

    /// <summary>Query-string form of an enum value: lower case, as the URLs are.</summary>
    public static string Slug<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        value.ToString().ToLowerInvariant();

    private static TEnum? ParseEnum<TEnum>(string value)
        where TEnum : struct, Enum =>
        value.Length is > 0 and <= 40 && !char.IsAsciiDigit(value[0]) && !value.StartsWith('-')
            && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
}
