using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Data.Sql;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Search;

/// <summary>
/// Site search over <see cref="SearchDocument"/>, the index of every type marked for search:
/// ranked (title above summary above body), grouped by type, with a highlighted snippet.
/// </summary>
/// <remarks>
/// On SQLite a query whose words all have three or more characters is answered by the FTS5
/// trigram index, ranked by bm25 with column weights; shorter words (奥, AI, 合作) and the other
/// providers use a substring match over the same rows, ranked by the first column that matches:
/// PostgreSQL serves it from pg_trgm GIN indexes, SQL Server scans
/// (docs/decisions/009-full-text-search.md). Either way the visitor's text is data, never syntax:
/// an FTS5 string of quoted words, or a LIKE pattern with %, _, [ and \ escaped. The published
/// rule is applied at the query's own "now", and a type with a visibility rule of its own (a
/// partner's country) has it applied too.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304:Specify CultureInfo", Justification = "ToLower() inside queries is translated to SQL lower(); it never runs in .NET.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1311:Specify a culture", Justification = "ToLower() inside queries is translated to SQL lower(); it never runs in .NET.")]
public sealed class SiteSearchQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public const int MaxQueryLength = 100;
    public const int PerGroupLimit = 20;

    /// <summary>bm25 weights of the FTS5 columns (Title, TitleZh, Summary, SummaryZh, Body, BodyZh).</summary>
    private const string Bm25 = "bm25(" + SearchIndexSql.FtsTable + ", 20.0, 20.0, 4.0, 4.0, 1.0, 1.0)";

    /// <summary>
    /// The FTS5 matches joined to their documents, visible at {1} (the published rule of
    /// <see cref="PublishedQueries"/>, in SQL). {0} is the FTS5 query built by
    /// <see cref="SearchTerms.ToFts5Query"/>: quoted words only. CROSS JOIN keeps SQLite from
    /// walking the documents by type and probing the match for each (20,000 programmes for one hit).
    /// </summary>
    private const string FullTextSql = "SELECT d.TypeKey, d.RecordId, d.Slug, d.Title, d.TitleZh, d.Summary, d.SummaryZh, d.Body, d.BodyZh, m.Rank"
        + " FROM (SELECT rowid AS DocumentId, " + Bm25 + " AS Rank FROM " + SearchIndexSql.FtsTable + " WHERE " + SearchIndexSql.FtsTable + " MATCH {0}) AS m"
        + " CROSS JOIN SearchDocuments AS d ON d.Id = m.DocumentId"
        + " WHERE (d.Status = 'Published' OR (d.Status = 'Draft' AND d.PublishAtUtc IS NOT NULL))"
        + " AND (d.PublishAtUtc IS NULL OR d.PublishAtUtc <= {1}) AND (d.UnpublishAtUtc IS NULL OR d.UnpublishAtUtc > {1})";

    public async Task<SearchResults> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var text = (query ?? string.Empty).Trim();
        var shortened = text.Length > MaxQueryLength;
        if (shortened)
        {
            text = text[..MaxQueryLength].TrimEnd();
        }

        if (text.Length == 0)
        {
            return SearchResults.Empty;
        }

        var terms = SearchTerms.Of(text);
        var candidates = db.Database.IsSqlite() && terms.CanUseTrigrams ? FullText(terms) : Substring(text);

        // One grouped count first: a type nothing matches costs no further query, and the others
        // need only their page of hits (each query evaluates the match once more).
        var counts = await candidates.GroupBy(c => c.TypeKey).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var groups = new List<SearchGroup>();
        foreach (var type in SearchIndexer.SearchableTypes.Where(t => counts.ContainsKey(t.Key)))
        {
            var ofType = candidates.Where(c => c.TypeKey == type.Key);
            List<Candidate> hits;
            int total;
            if (type.HasOwnVisibilityRule)
            {
                // A partner in a hidden country is left out of the hits and the count.
                var visible = type.VisibleSummaries(db, _now).Select(s => s.Id);
                ofType = ofType.Where(c => visible.Contains(c.RecordId));
                var rows = await Page(ofType).Select(c => new { Hit = c, Total = ofType.Count() }).ToListAsync(cancellationToken);
                (hits, total) = ([.. rows.Select(r => r.Hit)], rows.Count == 0 ? 0 : rows[0].Total);
            }
            else
            {
                (hits, total) = (await Page(ofType).ToListAsync(cancellationToken), counts[type.Key]);
            }

            if (hits.Count > 0)
            {
                groups.Add(new SearchGroup(type.Key, type.Plural, [.. hits.Select(h => ToHit(type, h, terms))], total));
            }
        }

        return new SearchResults(text, shortened, groups);
    }

    private static IQueryable<Candidate> Page(IQueryable<Candidate> candidates) =>
        candidates.OrderBy(c => c.Rank).ThenBy(c => c.Title).Take(PerGroupLimit);

    internal static string EscapeLike(string text) => LikePattern.Escape(text);

    /// <summary>The published rule (<see cref="PublishedQueries"/>) over the index's copy of status and window.</summary>
    private static Expression<Func<SearchDocument, bool>> IsPublished(DateTime nowUtc) =>
        d => (d.Status == PublicationStatus.Published || (d.Status == PublicationStatus.Draft && d.PublishAtUtc != null))
            && (d.PublishAtUtc == null || d.PublishAtUtc <= nowUtc)
            && (d.UnpublishAtUtc == null || d.UnpublishAtUtc > nowUtc);

    private IQueryable<Candidate> FullText(SearchTerms terms) =>
        db.Database.SqlQueryRaw<Candidate>(FullTextSql, terms.ToFts5Query(), _now);

    /// <summary>Case-insensitive substring match on lower-cased columns (SQLite's lower() folds ASCII only; Chinese has no case).</summary>
    private IQueryable<Candidate> Substring(string text)
    {
        var pattern = LikePattern.Containing(text.ToLowerInvariant());
        return db.SearchDocuments.AsNoTracking().Where(IsPublished(_now))
            .Where(d => EF.Functions.Like(d.Title.ToLower(), pattern, LikePattern.EscapeCharacter)
                || (d.TitleZh != null && EF.Functions.Like(d.TitleZh.ToLower(), pattern, LikePattern.EscapeCharacter))
                || (d.Summary != null && EF.Functions.Like(d.Summary.ToLower(), pattern, LikePattern.EscapeCharacter))
                || (d.SummaryZh != null && EF.Functions.Like(d.SummaryZh.ToLower(), pattern, LikePattern.EscapeCharacter))
                || (d.Body != null && EF.Functions.Like(d.Body.ToLower(), pattern, LikePattern.EscapeCharacter))
                || (d.BodyZh != null && EF.Functions.Like(d.BodyZh.ToLower(), pattern, LikePattern.EscapeCharacter)))
            .Select(d => new Candidate
            {
                TypeKey = d.TypeKey,
                RecordId = d.RecordId,
                Slug = d.Slug,
                Title = d.Title,
                TitleZh = d.TitleZh,
                Summary = d.Summary,
                SummaryZh = d.SummaryZh,
                Body = d.Body,
                BodyZh = d.BodyZh,

                // The first column that matches ranks the hit: title, then summary, then body.
                Rank = EF.Functions.Like(d.Title.ToLower(), pattern, LikePattern.EscapeCharacter)
                    || (d.TitleZh != null && EF.Functions.Like(d.TitleZh.ToLower(), pattern, LikePattern.EscapeCharacter)) ? 0.0
                    : (d.Summary != null && EF.Functions.Like(d.Summary.ToLower(), pattern, LikePattern.EscapeCharacter))
                    || (d.SummaryZh != null && EF.Functions.Like(d.SummaryZh.ToLower(), pattern, LikePattern.EscapeCharacter)) ? 1.0
                    : 2.0,
            });
    }

    private static SearchHit ToHit(ContentType type, Candidate hit, SearchTerms terms)
    {
        var summary = LocalizedText.Pick(hit.Summary, hit.SummaryZh)?.Text;
        var body = LocalizedText.Pick(hit.Body, hit.BodyZh)?.Text;

        // The snippet shows where the words are: the summary if they are in it, else the body, else
        // whichever of the two the record has.
        var shown = SearchSnippet.Contains(summary, terms.Words) ? summary
            : SearchSnippet.Contains(body, terms.Words) ? body
            : summary ?? body;
        return new SearchHit(LocalizedText.Of(hit.Title, hit.TitleZh), type.PublicPath(hit.Slug ?? string.Empty)!, SearchSnippet.Highlight(shown, terms.Words));
    }

    private sealed class Candidate
    {
        public string TypeKey { get; init; } = string.Empty;

        public int RecordId { get; init; }

        public string? Slug { get; init; }

        public string Title { get; init; } = string.Empty;

        public string? TitleZh { get; init; }

        public string? Summary { get; init; }

        public string? SummaryZh { get; init; }

        public string? Body { get; init; }

        public string? BodyZh { get; init; }

        /// <summary>Lower ranks first.</summary>
        public double Rank { get; init; }
    }
}
