namespace NjitInternational.Web.Features.Search;

public sealed record SearchResults(string Query, bool WasShortened, IReadOnlyList<SearchGroup> Groups)
{
    public static SearchResults Empty { get; } = new(string.Empty, false, []);

    public int Total => Groups.Sum(g => g.Total);

    public bool HasQuery => Query.Length > 0;
}
