using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.About;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// The site's content types, described once. Every list of types (revisions, cache tags, the
/// scheduler, dashboard, reminders, link check, search, sitemap, the admin and public menus)
/// reads <see cref="All"/>, in this order. A new type is one entry here.
/// </summary>
public static class ContentTypes
{
    public static readonly ContentType<Partner> Partner = new()
    {
        Key = "partners",
        AdminSegment = "partners",
        PublicSegment = "partners",
        Singular = "partner",
        Plural = "Partners",
        PublicListPaths = ["/partners", "/partners/map"],
        OwnedJoins = [typeof(PartnerPartnershipKind)],
        Title = p => p.Name,
        Slug = p => p.Slug,
        Visibility = (records, now) => records.VisiblePartners(now),
        MarkdownFields = [new("Body", p => p.Body)],
        Search = p => new SearchText
        {
            Title = p.Name,
            TitleZh = p.NameZh,
            Summary = new[] { p.ShortName, p.City, p.Country!.Name, p.Summary },
            SummaryZh = new[] { p.ShortNameZh, p.CityZh, p.Country.NameZh, p.SummaryZh },
            Body = new[] { p.Body },
            BodyZh = new[] { p.BodyZh },
        },
        InSearch = true,
        InSitemap = true,
        InLinkCheck = true,
    };

    public static readonly ContentType<Programme> Programme = new()
    {
        Key = "programmes",
        AdminSegment = "programmes",
        PublicSegment = "programmes",
        Singular = "programme",
        Plural = "Programmes",
        PublicListPaths = ["/programmes"],
        OwnedJoins = [typeof(ProgrammePartner)],
        Title = p => p.Title,
        Slug = p => p.Slug,
        MarkdownFields = [new("Description", p => p.Description), new("How to apply", p => p.HowToApply)],
        Search = p => new SearchText
        {
            Title = p.Title,
            TitleZh = p.TitleZh,
            Summary = new[] { p.Discipline, p.Summary, p.DegreesAwarded, p.Duration, p.LanguageOfInstruction },
            SummaryZh = new[] { p.DisciplineZh, p.SummaryZh, p.DegreesAwardedZh, p.DurationZh, p.LanguageOfInstructionZh },
            Body = new[] { p.Description, p.HowToApply },
            BodyZh = new[] { p.DescriptionZh, p.HowToApplyZh },

            // 芬兰 finds the programmes run with a partner in Finland.
            Related = p.Partners.Select(pp => pp.Partner!.Country!.Name),
            RelatedZh = p.Partners.Select(pp => pp.Partner!.Country!.NameZh),
        },
        InSearch = true,
        InSitemap = true,
        InLinkCheck = true,
    };

    public static readonly ContentType<Alliance> Alliance = new()
    {
        Key = "alliances",
        AdminSegment = "alliances",
        PublicSegment = "alliances",
        Singular = "alliance",
        Plural = "Alliances",
        PublicListPaths = ["/alliances"],
        OwnedJoins = [typeof(AllianceMember)],
        Title = a => a.Name,
        Slug = a => a.Slug,
        MarkdownFields = [new("Description", a => a.Description)],
        Search = a => new SearchText
        {
            Title = a.Name,
            TitleZh = a.NameZh,
            Body = new[] { a.Description },
            BodyZh = new[] { a.DescriptionZh },
        },
        InSearch = true,
        InSitemap = true,
        InLinkCheck = true,
    };

    public static readonly ContentType<VisitingProfessor> VisitingProfessor = new()
    {
        Key = "professors",
        AdminSegment = "visiting-professors",
        PublicSegment = "visiting-professors",
        Singular = "visiting professor",
        Plural = "Visiting professors",
        PublicListPaths = ["/visiting-professors"],
        Title = v => v.Name,
        Slug = v => v.Slug,
        MarkdownFields = [new("Biography", v => v.Biography)],
        Search = v => new SearchText
        {
            Title = v.Name,
            TitleZh = v.NameZh,
            Summary = new[] { v.Title, v.Honours, v.HomeInstitution, v.Field },
            SummaryZh = new[] { v.TitleZh, v.HonoursZh, v.HomeInstitutionZh, v.FieldZh },
            Body = new[] { v.Biography },
            BodyZh = new[] { v.BiographyZh },
        },
        InSearch = true,
        InSitemap = true,
        InLinkCheck = true,
    };

    public static readonly ContentType<Conference> Conference = new()
    {
        Key = "conferences",
        AdminSegment = "conferences",
        PublicSegment = "conferences",
        Singular = "conference",
        Plural = "Conferences",
        PublicListPaths = ["/conferences"],
        Title = c => c.Title,
        Slug = c => c.Slug,
        MarkdownFields = [new("Description", c => c.Description)],
        Search = c => new SearchText
        {
            Title = c.Title,
            TitleZh = c.TitleZh,
            Summary = new[] { c.Topic, c.Venue },
            SummaryZh = new[] { c.TopicZh, c.VenueZh },
            Body = new[] { c.Description },
            BodyZh = new[] { c.DescriptionZh },
        },
        InSearch = true,
        InSitemap = true,
        InLinkCheck = true,
    };

    public static readonly ContentType<NewsItem> News = new()
    {
        Key = "news",
        AdminSegment = "news",
        PublicSegment = "news",
        Singular = "news item",
        Plural = "News",
        PublicListPaths = ["/news"],
        OwnedJoins = [typeof(NewsProgramme), typeof(NewsPartner)],
        Title = n => n.Title,
        Slug = n => n.Slug,
        MarkdownFields = [new("Body", n => n.Body)],
        Search = n => new SearchText
        {
            Title = n.Title,
            TitleZh = n.TitleZh,
            Summary = new[] { n.Summary },
            SummaryZh = new[] { n.SummaryZh },
            Body = new[] { n.Body },
            BodyZh = new[] { n.BodyZh },
        },
        InSearch = true,
        InSitemap = true,
        InLinkCheck = true,
    };

    /// <summary>Pages live at <c>/about/{slug}</c>, the two landing pages at their own address.</summary>
    public static readonly ContentType<Page> Page = new()
    {
        Key = "pages",
        AdminSegment = "pages",
        PublicSegment = "about",
        Singular = "page",
        Plural = "Pages",
        Title = p => p.Title,
        Slug = p => p.Slug,
        PublicPathOf = AboutPageQuery.PathOf,
        MarkdownFields = [new("Body", p => p.Body)],
        Search = p => new SearchText
        {
            Title = p.Title,
            TitleZh = p.TitleZh,
            Summary = new[] { p.Summary },
            SummaryZh = new[] { p.SummaryZh },
            Body = new[] { p.Body },
            BodyZh = new[] { p.BodyZh },
        },
        InSearch = true,
        InSitemap = true,
        InLinkCheck = true,
    };

    /// <summary>Countries have no page of their own: they are shown on partners' pages and filters.</summary>
    public static readonly ContentType<Country> Country = new()
    {
        Key = "countries",
        AdminSegment = "countries",
        Singular = "country or region",
        Plural = "Countries and regions",
        Title = c => c.Name,

        // Names come from the ISO 3166-1 list in both languages; staff never translate them.
        InTranslationStatus = false,
    };

    public static readonly IReadOnlyList<ContentType> All = [Partner, Programme, Alliance, VisitingProfessor, Conference, News, Page, Country];

    /// <summary>The site menu's sections, in the menu's own (editorial) order: the types with a list page.</summary>
    public static readonly IReadOnlyList<ContentType> PublicMenu = [Partner, Alliance, Programme, VisitingProfessor, Conference, News];

    private static readonly Dictionary<Type, ContentType> ByEntityType = All
        .SelectMany(t => t.OwnedJoins.Prepend(t.EntityType).Select(entity => (entity, t)))
        .ToDictionary(p => p.entity, p => p.t);

    public static ContentType? ByAdminSegment(string? segment) =>
        All.FirstOrDefault(t => string.Equals(t.AdminSegment, segment, StringComparison.OrdinalIgnoreCase));

    public static ContentType? ByName(string? name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The type a record, or a join row it owns, belongs to; null for anything else.</summary>
    public static ContentType? ForEntity(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return ByEntityType.GetValueOrDefault(entity.GetType());
    }
}
