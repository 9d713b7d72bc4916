using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.VisitingProfessors;

namespace NjitInternational.Web.Features.Search;

/// <summary>
/// Site search over published partners, programmes, alliances, visiting professors, conferences
/// and pages: one SQL query per type (hits and total together), whatever the size of the data.
/// </summary>
/// <remarks>
/// Matching is <c>LIKE '%term%' ESCAPE '\'</c> on lower-cased columns with a lower-cased term, so
/// it is case-insensitive on SQLite (whose LIKE and lower() fold ASCII letters only) and on SQL
/// Server whatever the column collation. %, _, [ and \ in the visitor's text are escaped and match
/// themselves. Non-ASCII letters (e.g. Ü) fold on SQL Server but not on SQLite; Chinese has no case.
/// Every Chinese text field of a type is matched (staff may translate only some of them), and a
/// partner or programme is found by its country's name in either language.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304:Specify CultureInfo", Justification = "ToLower() inside queries is translated to SQL lower(); it never runs in .NET.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1311:Specify a culture", Justification = "ToLower() inside queries is translated to SQL lower(); it never runs in .NET.")]
public sealed class SiteSearchQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public const int MaxQueryLength = 100;
    public const int PerGroupLimit = 20;
    private const int SnippetLength = 180;

    public async Task<SearchResults> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var term = (query ?? string.Empty).Trim();
        var shortened = term.Length > MaxQueryLength;
        if (shortened)
        {
            term = term[..MaxQueryLength].TrimEnd();
        }

        if (term.Length == 0)
        {
            return SearchResults.Empty;
        }

        var pattern = "%" + EscapeLike(term.ToLowerInvariant()) + "%";
        var groups = new List<SearchGroup>();
        foreach (var type in ContentTypes.All.Where(t => t.InSearch))
        {
            var (hits, total) = Matchers.TryGetValue(type, out var matcher)
                ? await matcher(this, pattern, term, cancellationToken)
                : await TitlesAsync(type, pattern, cancellationToken);
            if (total > 0)
            {
                groups.Add(new SearchGroup(type.Key, type.Plural, [.. hits.Select(h => new SearchHit(h.Title, type.PublicPath(h.Slug)!, h.Snippet))], total));
            }
        }

        return new SearchResults(term, shortened, groups);
    }

    private sealed record Hit(LocalizedText Title, string Slug, string? Snippet);

    private delegate Task<(IEnumerable<Hit> Hits, int Total)> Matcher(SiteSearchQuery query, string pattern, string term, CancellationToken cancellationToken);

    /// <summary>What a searchable type matches and shows beyond its title; a test holds it to types marked <see cref="ContentType.InSearch"/>.</summary>
    private static readonly Dictionary<ContentType, Matcher> Matchers = new()
    {
        [ContentTypes.Partner] = (q, pattern, _, ct) => q.PartnersAsync(pattern, ct),
        [ContentTypes.Programme] = (q, pattern, _, ct) => q.ProgrammesAsync(pattern, ct),
        [ContentTypes.Alliance] = (q, pattern, term, ct) => q.AlliancesAsync(pattern, term, ct),
        [ContentTypes.VisitingProfessor] = (q, pattern, _, ct) => q.ProfessorsAsync(pattern, ct),
        [ContentTypes.Conference] = (q, pattern, _, ct) => q.ConferencesAsync(pattern, ct),
        [ContentTypes.Page] = (q, pattern, term, ct) => q.PagesAsync(pattern, term, ct),
    };

    /// <summary>Whether search has a matcher of its own for <paramref name="type"/> (else it matches titles).</summary>
    internal static bool HasMatcher(ContentType type) => Matchers.ContainsKey(type);

    internal static string EscapeLike(string text) => LikePattern.Escape(text);

    /// <summary>A searchable type without a matcher of its own: its visible records by title.</summary>
    private async Task<(IEnumerable<Hit> Hits, int Total)> TitlesAsync(ContentType type, string pattern, CancellationToken cancellationToken)
    {
        var matches = type.VisibleSummaries(db, _now).Where(e => EF.Functions.Like(e.Title.ToLower(), pattern, "\\"));
        var rows = await matches.OrderBy(e => e.Title).Take(PerGroupLimit)
            .Select(e => new { e.Title, e.Slug, Total = matches.Count() })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new Hit(LocalizedText.Of(r.Title, null), r.Slug!, null)), TotalOf(rows.Select(r => r.Total)));
    }

    // Each method below runs one query: the page of hits with the total as a scalar subquery.
    private async Task<(IEnumerable<Hit> Hits, int Total)> PartnersAsync(string pattern, CancellationToken cancellationToken)
    {
        var matches = db.Partners.AsNoTracking().VisiblePartners(_now)
            .Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, "\\")
                || (p.ShortName != null && EF.Functions.Like(p.ShortName.ToLower(), pattern, "\\"))
                || (p.NameZh != null && EF.Functions.Like(p.NameZh, pattern, "\\"))
                || (p.ShortNameZh != null && EF.Functions.Like(p.ShortNameZh, pattern, "\\"))
                || (p.CityZh != null && EF.Functions.Like(p.CityZh, pattern, "\\"))
                || (p.SummaryZh != null && EF.Functions.Like(p.SummaryZh, pattern, "\\"))
                || (p.BodyZh != null && EF.Functions.Like(p.BodyZh, pattern, "\\"))
                || EF.Functions.Like(p.Country!.Name.ToLower(), pattern, "\\")
                || (p.Country.NameZh != null && EF.Functions.Like(p.Country.NameZh, pattern, "\\")));
        var rows = await matches.OrderBy(p => p.Name).Take(PerGroupLimit)
            .Select(p => new
            {
                Name = LocalizedText.Of(p.Name, p.NameZh),
                p.Slug,
                Country = LocalizedText.Of(p.Country!.Name, p.Country.NameZh).Text,
                City = LocalizedText.Pick(p.City, p.CityZh),
                Summary = LocalizedText.Pick(p.Summary, p.SummaryZh),
                Total = matches.Count(),
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new Hit(
            r.Name,
            r.Slug,
            Join(r.City is null ? r.Country : $"{r.City.Text}, {r.Country}", r.Summary?.Text))), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<(IEnumerable<Hit> Hits, int Total)> ProgrammesAsync(string pattern, CancellationToken cancellationToken)
    {
        // A programme is found by the country of a visible partner too (芬兰 lists the programmes in Finland).
        var visiblePartner = PublishedQueries.IsVisiblePartner(_now);
        var matches = db.Programmes.AsNoTracking().Published(_now)
            .Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, "\\")
                || (p.Discipline != null && EF.Functions.Like(p.Discipline.ToLower(), pattern, "\\"))
                || (p.TitleZh != null && EF.Functions.Like(p.TitleZh, pattern, "\\"))
                || (p.DisciplineZh != null && EF.Functions.Like(p.DisciplineZh, pattern, "\\"))
                || (p.SummaryZh != null && EF.Functions.Like(p.SummaryZh, pattern, "\\"))
                || (p.DegreesAwardedZh != null && EF.Functions.Like(p.DegreesAwardedZh, pattern, "\\"))
                || (p.DurationZh != null && EF.Functions.Like(p.DurationZh, pattern, "\\"))
                || (p.LanguageOfInstructionZh != null && EF.Functions.Like(p.LanguageOfInstructionZh, pattern, "\\"))
                || (p.DescriptionZh != null && EF.Functions.Like(p.DescriptionZh, pattern, "\\"))
                || (p.HowToApplyZh != null && EF.Functions.Like(p.HowToApplyZh, pattern, "\\"))
                || p.Partners.Select(pp => pp.Partner!).AsQueryable().Where(visiblePartner)
                    .Any(v => EF.Functions.Like(v.Country!.Name.ToLower(), pattern, "\\") || (v.Country.NameZh != null && EF.Functions.Like(v.Country.NameZh, pattern, "\\"))));
        var rows = await matches.OrderBy(p => p.Title).Take(PerGroupLimit)
            .Select(p => new
            {
                Title = LocalizedText.Of(p.Title, p.TitleZh),
                p.Slug,
                Discipline = LocalizedText.Pick(p.Discipline, p.DisciplineZh),
                Summary = LocalizedText.Pick(p.Summary, p.SummaryZh),
                Total = matches.Count(),
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new Hit(
            r.Title,
            r.Slug,
            Join(r.Discipline?.Text, r.Summary?.Text))), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<(IEnumerable<Hit> Hits, int Total)> AlliancesAsync(string pattern, string term, CancellationToken cancellationToken)
    {
        var matches = db.Alliances.AsNoTracking().Published(_now)
            .Where(a => EF.Functions.Like(a.Name.ToLower(), pattern, "\\")
                || (a.NameZh != null && EF.Functions.Like(a.NameZh, pattern, "\\"))
                || (a.DescriptionZh != null && EF.Functions.Like(a.DescriptionZh, pattern, "\\")));
        var rows = await matches.OrderBy(a => a.Name).Take(PerGroupLimit)
            .Select(a => new { Name = LocalizedText.Of(a.Name, a.NameZh), a.Slug, Description = LocalizedText.Pick(a.Description, a.DescriptionZh), Total = matches.Count() })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new Hit(
            r.Name,
            r.Slug,
            Snippet(r.Description?.Text, term))), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<(IEnumerable<Hit> Hits, int Total)> ProfessorsAsync(string pattern, CancellationToken cancellationToken)
    {
        var matches = db.VisitingProfessors.AsNoTracking().Published(_now)
            .Where(v => EF.Functions.Like(v.Name.ToLower(), pattern, "\\")
                || (v.Honours != null && EF.Functions.Like(v.Honours.ToLower(), pattern, "\\"))
                || (v.Field != null && EF.Functions.Like(v.Field.ToLower(), pattern, "\\"))
                || (v.NameZh != null && EF.Functions.Like(v.NameZh, pattern, "\\"))
                || (v.HonoursZh != null && EF.Functions.Like(v.HonoursZh, pattern, "\\"))
                || (v.FieldZh != null && EF.Functions.Like(v.FieldZh, pattern, "\\"))
                || (v.TitleZh != null && EF.Functions.Like(v.TitleZh, pattern, "\\"))
                || (v.HomeInstitutionZh != null && EF.Functions.Like(v.HomeInstitutionZh, pattern, "\\"))
                || (v.BiographyZh != null && EF.Functions.Like(v.BiographyZh, pattern, "\\")));
        var rows = await matches.OrderBy(v => v.Name).Take(PerGroupLimit)
            .Select(v => new
            {
                Name = LocalizedText.Of(v.Name, v.NameZh),
                Title = LocalizedText.Pick(v.Title, v.TitleZh),
                v.Slug,
                Honours = LocalizedText.Pick(v.Honours, v.HonoursZh),
                Field = LocalizedText.Pick(v.Field, v.FieldZh),
                HomeInstitution = LocalizedText.Pick(v.HomeInstitution, v.HomeInstitutionZh),
                Total = matches.Count(),
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new Hit(
            ProfessorNames.Display(r.Name, r.Title),
            r.Slug,
            Join(r.Honours?.Text, Join(r.HomeInstitution?.Text, r.Field?.Text)))), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<(IEnumerable<Hit> Hits, int Total)> ConferencesAsync(string pattern, CancellationToken cancellationToken)
    {
        var matches = db.Conferences.AsNoTracking().Published(_now)
            .Where(c => EF.Functions.Like(c.Title.ToLower(), pattern, "\\")
                || (c.Topic != null && EF.Functions.Like(c.Topic.ToLower(), pattern, "\\"))
                || (c.TitleZh != null && EF.Functions.Like(c.TitleZh, pattern, "\\"))
                || (c.TopicZh != null && EF.Functions.Like(c.TopicZh, pattern, "\\"))
                || (c.VenueZh != null && EF.Functions.Like(c.VenueZh, pattern, "\\"))
                || (c.DescriptionZh != null && EF.Functions.Like(c.DescriptionZh, pattern, "\\")));
        var rows = await matches.OrderBy(c => c.Title).Take(PerGroupLimit)
            .Select(c => new { Title = LocalizedText.Of(c.Title, c.TitleZh), c.Slug, Topic = LocalizedText.Pick(c.Topic, c.TopicZh), Venue = LocalizedText.Pick(c.Venue, c.VenueZh), Total = matches.Count() })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new Hit(
            r.Title,
            r.Slug,
            Join(r.Topic?.Text, r.Venue?.Text))), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<(IEnumerable<Hit> Hits, int Total)> PagesAsync(string pattern, string term, CancellationToken cancellationToken)
    {
        var matches = db.Pages.AsNoTracking().Published(_now)
            .Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, "\\")
                || (p.Body != null && EF.Functions.Like(p.Body.ToLower(), pattern, "\\"))
                || (p.TitleZh != null && EF.Functions.Like(p.TitleZh, pattern, "\\"))
                || (p.BodyZh != null && EF.Functions.Like(p.BodyZh, pattern, "\\"))
                || (p.SummaryZh != null && EF.Functions.Like(p.SummaryZh, pattern, "\\")));
        var rows = await matches.OrderBy(p => p.Title).Take(PerGroupLimit)
            .Select(p => new
            {
                Title = LocalizedText.Of(p.Title, p.TitleZh),
                p.Slug,
                Summary = LocalizedText.Pick(p.Summary, p.SummaryZh),
                Body = LocalizedText.Pick(p.Body, p.BodyZh),
                Total = matches.Count(),
            })
            .ToListAsync(cancellationToken);
        return (rows.Select(r => new Hit(
            r.Title,
            r.Slug,
            Snippet(r.Body?.Text, term) ?? r.Summary?.Text)), TotalOf(rows.Select(r => r.Total)));
    }

    private static int TotalOf(IEnumerable<int> totals) => totals.FirstOrDefault();

    private static string? Join(string? first, string? second) =>
        (string.IsNullOrWhiteSpace(first), string.IsNullOrWhiteSpace(second)) switch
        {
            (true, true) => null,
            (false, true) => Shorten(first!),
            (true, false) => Shorten(second!),
            _ => Shorten($"{first} \u00b7 {second}"),
        };

    /// <summary>Plain text (Markdown removed) around the first occurrence of the term.</summary>
    internal static string? Snippet(string? markdown, string term)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return null;
        }

        var text = string.Join(' ', Markdig.Markdown.ToPlainText(markdown).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || text.Length <= SnippetLength)
        {
            return Shorten(text);
        }

        var start = Math.Max(0, at - (SnippetLength / 3));
        var length = Math.Min(SnippetLength, text.Length - start);
        var piece = text.Substring(start, length).Trim();
        return (start > 0 ? "\u2026" : string.Empty) + piece + (start + length < text.Length ? "\u2026" : string.Empty);
    }

    private static string Shorten(string text) =>
        text.Length <= SnippetLength ? text : text[..SnippetLength].TrimEnd() + "\u2026";
}
