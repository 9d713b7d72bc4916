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
    private const string FullTextSql = "SELECT d.Id, d.TypeKey, d.RecordId, d.Title, m.Rank"
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
        foreach (var type in SearchIndexer.SearchableTypes.Where(t => t.HasOwnVisibilityRule))
        {
            // A partner in a hidden country is left out of the hits and the count. A correlated
            // EXISTS looks up the matched records only; IN (…) would list all 10,000 visible partners first.
            var key = type.Key;
            var visible = type.VisibleSummaries(db, _now);
            candidates = candidates.Where(c => c.TypeKey != key || visible.Any(s => s.Id == c.RecordId));
        }

        // The match is the expensive part, so it runs once: the ranking columns of every match come
        // back, are counted and cut to a page per type here, and only the shown hits' texts are read.
        var matches = await candidates.ToListAsync(cancellationToken);
        var pages = matches.GroupBy(c => c.TypeKey).ToDictionary(
            g => g.Key,
            g => (Total: g.Count(), Hits: g.OrderBy(c => c.Rank).ThenBy(c => c.Title, StringComparer.Ordinal).Take(PerGroupLimit).ToList()));
        var shownIds = pages.Values.SelectMany(p => p.Hits).Select(c => c.Id).ToList();
        var documents = await db.SearchDocuments.AsNoTracking().Where(d => shownIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, cancellationToken);

        var groups = new List<SearchGroup>();
        foreach (var type in SearchIndexer.SearchableTypes)
        {
            if (pages.TryGetValue(type.Key, out var page))
            {
                groups.Add(new SearchGroup(type.Key, type.Plural, [.. page.Hits.Where(h => documents.ContainsKey(h.Id)).Select(h => ToHit(type, documents[h.Id], terms))], page.Total));
            }
        }

        return new SearchResults(text, shortened, groups);
    }

    internal static string EscapeLike(string text) => LikePattern.Escape(text);

    /// <summary>The published rule (<see cref="PublishedQueries"/>) over the index's copy of status and window.</summary>
    private static Expression<Func<SearchDocument, bool>> IsPublished(DateTime nowUtc) =>
        d => (d.Status == PublicationStatus.Published || (d.Status == PublicationStatus.Draft && d.PublishAtUtc != null))
            && (d.PublishAtUtc == null || d.PublishAtUtc <= nowUtc)
            && (d.UnpublishAtUtc == null || d.UnpublishAtUtc > nowUtc);

    private IQueryable<Candidate> FullText(SearchTerms terms) =>
        db.Database.SqlQueryRaw<Candidate>(FullTextSql, terms.ToFts5Query(), _now);

    /// <summary>
    /// Case-insensitive substring match on lower-cased columns (Chinese has no case). SQLite's LIKE
    /// already ignores ASCII case, which is all its lower() folds, so there the lower() calls are
    /// left out: they doubled the time of the scan. PostgreSQL needs them for its pg_trgm indexes.
    /// </summary>
    private IQueryable<Candidate> Substring(string text)
    {
        var pattern = LikePattern.Containing(text.ToLowerInvariant());
        Expression<Func<SearchDocument, bool>> matches = d => EF.Functions.Like(d.Title.ToLower(), pattern, LikePattern.EscapeCharacter)
            || (d.TitleZh != null && EF.Functions.Like(d.TitleZh.ToLower(), pattern, LikePattern.EscapeCharacter))
            || (d.Summary != null && EF.Functions.Like(d.Summary.ToLower(), pattern, LikePattern.EscapeCharacter))
            || (d.SummaryZh != null && EF.Functions.Like(d.SummaryZh.ToLower(), pattern, LikePattern.EscapeCharacter))
            || (d.Body != null && EF.Functions.Like(d.Body.ToLower(), pattern, LikePattern.EscapeCharacter))
            || (d.BodyZh != null && EF.Functions.Like(d.BodyZh.ToLower(), pattern, LikePattern.EscapeCharacter));
        Expression<Func<SearchDocument, Candidate>> candidate = d => new Candidate
        {
            Id = d.Id,
            TypeKey = d.TypeKey,
            RecordId = d.RecordId,
            Title = d.Title,

            // The first column that matches ranks the hit: title, then summary, then body.
            Rank = EF.Functions.Like(d.Title.ToLower(), pattern, LikePattern.EscapeCharacter)
                || (d.TitleZh != null && EF.Functions.Like(d.TitleZh.ToLower(), pattern, LikePattern.EscapeCharacter)) ? 0.0
                : (d.Summary != null && EF.Functions.Like(d.Summary.ToLower(), pattern, LikePattern.EscapeCharacter))
                || (d.SummaryZh != null && EF.Functions.Like(d.SummaryZh.ToLower(), pattern, LikePattern.EscapeCharacter)) ? 1.0
                : 2.0,
        };
        if (db.Database.IsSqlite())
        {
            matches = WithoutToLower.Apply(matches);
            candidate = WithoutToLower.Apply(candidate);
        }

        return db.SearchDocuments.AsNoTracking().Where(IsPublished(_now)).Where(matches).Select(candidate);
    }

    private static SearchHit ToHit(ContentType type, SearchDocument hit, SearchTerms terms)
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

    /// <summary>Removes <see cref="string.ToLower()"/> calls from a query expression (see <see cref="Substring"/>).</summary>
    private sealed class WithoutToLower : ExpressionVisitor
    {
        private static readonly System.Reflection.MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

        public static Expression<T> Apply<T>(Expression<T> expression) => (Expression<T>)new WithoutToLower().Visit(expression);

        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == ToLower ? Visit(node.Object!) : base.VisitMethodCall(node);
    }

    /// <summary>A match with what ranks it; the texts are read for the shown hits only.</summary>
    private sealed class Candidate
    {
        public int Id { get; init; }

        public string TypeKey { get; init; } = string.Empty;

        public int RecordId { get; init; }

        public string Title { get; init; } = string.Empty;

        /// <summary>Lower ranks first.</summary>
        public double Rank { get; init; }
    }
}
