namespace NjitInternational.Web.Features.Search;

/// <summary>One type's results: the first <see cref="SiteSearchQuery.PerGroupLimit"/> hits and the total count.</summary>
public sealed record SearchGroup(string Key, string Heading, IReadOnlyList<SearchHit> Hits, int Total)
{
    public bool IsTruncated => Total > Hits.Count;
}
