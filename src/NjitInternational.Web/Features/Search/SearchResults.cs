namespace NjitInternational.Web.Features.Search;

public sealed record SearchHit(Localization.LocalizedText Title, string Url, string? Snippet);

/// <summary>One type's results: the first <see cref="SiteSearchQuery.PerGroupLimit"/> hits and the total count.</summary>
public sealed record SearchGroup(string Key, string Heading, IReadOnlyList<SearchHit> Hits, int Total)
{
    public bool IsTruncated => Total > Hits.Count;
}

public sealed record SearchResults(string Query, bool WasShortened, IReadOnlyList<SearchGroup> Groups)
{
    public static SearchResults Empty { get; } = new(string.Empty, false, []);

    public int Total => Groups.Sum(g => g.Total);

    public bool HasQuery => Query.Length > 0;
}
