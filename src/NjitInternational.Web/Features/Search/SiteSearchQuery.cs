using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.About;
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
        var groups = new List<SearchGroup>
        {
            await PartnersAsync(pattern, cancellationToken),
            await ProgrammesAsync(pattern, cancellationToken),
            await AlliancesAsync(pattern, term, cancellationToken),
            await ProfessorsAsync(pattern, cancellationToken),
            await ConferencesAsync(pattern, cancellationToken),
            await PagesAsync(pattern, term, cancellationToken),
        };
        return new SearchResults(term, shortened, groups.Where(g => g.Total > 0).ToList());
    }

    internal static string EscapeLike(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_' or '[')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // Each method below runs one query: the page of hits with the total as a scalar subquery.
    private async Task<SearchGroup> PartnersAsync(string pattern, CancellationToken cancellationToken)
    {
        var matches = db.Partners.AsNoTracking().VisiblePartners(_now)
            .Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, "\\")
                || (p.ShortName != null && EF.Functions.Like(p.ShortName.ToLower(), pattern, "\\"))
                || (p.NameZh != null && EF.Functions.Like(p.NameZh, pattern, "\\"))
                || (p.ShortNameZh != null && EF.Functions.Like(p.ShortNameZh, pattern, "\\")));
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
        return new SearchGroup("partners", "Partners", rows.Select(r => new SearchHit(
            r.Name,
            "/partners/" + Uri.EscapeDataString(r.Slug),
            Join(r.City is null ? r.Country : $"{r.City.Text}, {r.Country}", r.Summary?.Text))).ToList(), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<SearchGroup> ProgrammesAsync(string pattern, CancellationToken cancellationToken)
    {
        var matches = db.Programmes.AsNoTracking().Published(_now)
            .Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, "\\")
                || (p.Discipline != null && EF.Functions.Like(p.Discipline.ToLower(), pattern, "\\"))
                || (p.TitleZh != null && EF.Functions.Like(p.TitleZh, pattern, "\\"))
                || (p.DisciplineZh != null && EF.Functions.Like(p.DisciplineZh, pattern, "\\")));
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
        return new SearchGroup("programmes", "Programmes", rows.Select(r => new SearchHit(
            r.Title,
            "/programmes/" + Uri.EscapeDataString(r.Slug),
            Join(r.Discipline?.Text, r.Summary?.Text))).ToList(), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<SearchGroup> AlliancesAsync(string pattern, string term, CancellationToken cancellationToken)
    {
        var matches = db.Alliances.AsNoTracking().Published(_now)
            .Where(a => EF.Functions.Like(a.Name.ToLower(), pattern, "\\")
                || (a.NameZh != null && EF.Functions.Like(a.NameZh, pattern, "\\")));
        var rows = await matches.OrderBy(a => a.Name).Take(PerGroupLimit)
            .Select(a => new { Name = LocalizedText.Of(a.Name, a.NameZh), a.Slug, Description = LocalizedText.Pick(a.Description, a.DescriptionZh), Total = matches.Count() })
            .ToListAsync(cancellationToken);
        return new SearchGroup("alliances", "Alliances", rows.Select(r => new SearchHit(
            r.Name,
            "/alliances/" + Uri.EscapeDataString(r.Slug),
            Snippet(r.Description?.Text, term))).ToList(), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<SearchGroup> ProfessorsAsync(string pattern, CancellationToken cancellationToken)
    {
        var matches = db.VisitingProfessors.AsNoTracking().Published(_now)
            .Where(v => EF.Functions.Like(v.Name.ToLower(), pattern, "\\")
                || (v.Honours != null && EF.Functions.Like(v.Honours.ToLower(), pattern, "\\"))
                || (v.Field != null && EF.Functions.Like(v.Field.ToLower(), pattern, "\\"))
                || (v.NameZh != null && EF.Functions.Like(v.NameZh, pattern, "\\"))
                || (v.HonoursZh != null && EF.Functions.Like(v.HonoursZh, pattern, "\\"))
                || (v.FieldZh != null && EF.Functions.Like(v.FieldZh, pattern, "\\")));
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
        return new SearchGroup("professors", "Visiting professors", rows.Select(r => new SearchHit(
            ProfessorNames.Display(r.Name, r.Title),
            "/visiting-professors/" + Uri.EscapeDataString(r.Slug),
            Join(r.Honours?.Text, Join(r.HomeInstitution?.Text, r.Field?.Text)))).ToList(), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<SearchGroup> ConferencesAsync(string pattern, CancellationToken cancellationToken)
    {
        var matches = db.Conferences.AsNoTracking().Published(_now)
            .Where(c => EF.Functions.Like(c.Title.ToLower(), pattern, "\\")
                || (c.Topic != null && EF.Functions.Like(c.Topic.ToLower(), pattern, "\\"))
                || (c.TitleZh != null && EF.Functions.Like(c.TitleZh, pattern, "\\"))
                || (c.TopicZh != null && EF.Functions.Like(c.TopicZh, pattern, "\\")));
        var rows = await matches.OrderBy(c => c.Title).Take(PerGroupLimit)
            .Select(c => new { Title = LocalizedText.Of(c.Title, c.TitleZh), c.Slug, Topic = LocalizedText.Pick(c.Topic, c.TopicZh), Venue = LocalizedText.Pick(c.Venue, c.VenueZh), Total = matches.Count() })
            .ToListAsync(cancellationToken);
        return new SearchGroup("conferences", "Conferences", rows.Select(r => new SearchHit(
            r.Title,
            "/conferences/" + Uri.EscapeDataString(r.Slug),
            Join(r.Topic?.Text, r.Venue?.Text))).ToList(), TotalOf(rows.Select(r => r.Total)));
    }

    private async Task<SearchGroup> PagesAsync(string pattern, string term, CancellationToken cancellationToken)
    {
        var matches = db.Pages.AsNoTracking().Published(_now)
            .Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, "\\")
                || (p.Body != null && EF.Functions.Like(p.Body.ToLower(), pattern, "\\"))
                || (p.TitleZh != null && EF.Functions.Like(p.TitleZh, pattern, "\\"))
                || (p.BodyZh != null && EF.Functions.Like(p.BodyZh, pattern, "\\")));
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
        return new SearchGroup("pages", "Pages", rows.Select(r => new SearchHit(
            r.Title,
            AboutPageQuery.PathOf(r.Slug),
            Snippet(r.Body?.Text, term) ?? r.Summary?.Text)).ToList(), TotalOf(rows.Select(r => r.Total)));
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
