using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// Output-cache tags, one per content type (<see cref="ContentType.CacheTag"/>). A public page is
/// tagged with every content type it shows; saving any record of a type evicts every page tagged
/// with it (see <see cref="CacheEvictionStep"/>). Coarser than per-record tags, but a
/// page can never be stale, and list pages (which show many records) need type-level eviction anyway.
/// </summary>
/// <remarks>
/// The constants exist because attributes (<c>[OutputCache(Tags = ...)]</c>) need constants; a test
/// holds each equal to its type's description.
/// </remarks>
public static class CacheTags
{
    public const string Countries = "content:countries";
    public const string Partners = "content:partners";
    public const string Alliances = "content:alliances";
    public const string Programmes = "content:programmes";
    public const string VisitingProfessors = "content:professors";
    public const string Conferences = "content:conferences";
    public const string Pages = "content:pages";
    public const string News = "content:news";

    /// <summary>
    /// For pages that show a bit of everything (home, search, sitemap): stands for every content
    /// type's tag (<see cref="Expand"/>), so those pages need no list that a new type must join.
    /// </summary>
    public const string AllContent = "content:*";

    /// <summary>Every content tag.</summary>
    public static readonly string[] All = [.. ContentTypes.All.Select(t => t.CacheTag)];

    /// <summary>The tags an endpoint's tag stands for: <see cref="AllContent"/> is every content tag.</summary>
    public static IEnumerable<string> Expand(string tag) => tag == AllContent ? All : [tag];

    /// <summary>The tag to evict when an entity of this type changes; join rows count as their owner.</summary>
    public static string? ForEntity(object entity) => ContentTypes.ForEntity(entity)?.CacheTag;
}
