using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Infrastructure.Caching;

/// <summary>
/// Output-cache tags, one per content type. A public page is tagged with every content type it
/// shows; saving any record of a type evicts every page tagged with it (see
/// <see cref="CacheEvictionStep"/>). Coarser than per-record tags, but a page can never
/// be stale, and list pages (which show many records) need type-level eviction anyway.
/// </summary>
public static class CacheTags
{
    public const string Countries = "content:countries";
    public const string Partners = "content:partners";
    public const string Alliances = "content:alliances";
    public const string Programmes = "content:programmes";
    public const string VisitingProfessors = "content:professors";
    public const string Conferences = "content:conferences";
    public const string Pages = "content:pages";

    /// <summary>Every content tag: for pages that show a bit of everything (home, search, sitemap).</summary>
    public static readonly string[] All = [Countries, Partners, Alliances, Programmes, VisitingProfessors, Conferences, Pages];

    /// <summary>The tag to evict when an entity of this type changes; join rows count as their owner.</summary>
    public static string? ForEntity(object entity) => entity switch
    {
        Country => Countries,
        Partner or PartnerPartnershipKind => Partners,
        Alliance or AllianceMember => Alliances,
        Programme or ProgrammePartner => Programmes,
        VisitingProfessor => VisitingProfessors,
        Conference => Conferences,
        Page => Pages,
        _ => null,
    };
}
