using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.About;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Seo;

/// <summary>The "Sitemap" configuration section.</summary>
public sealed class SitemapOptions
{
    public const string SectionName = "Sitemap";

    /// <summary>
    /// Pages per sitemap file (each page is two URLs, one per language). The protocol allows 50,000
    /// URLs and 50 MB per file; 20,000 pages is 40,000 URLs, about 25 MB with the alternates.
    /// </summary>
    public int EntriesPerFile { get; set; } = 20_000;
}

/// <summary>A public address and when its content last changed (null when the page is not backed by one record).</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);

/// <summary>
/// Every public page: the section pages plus each visible record of every type in the sitemap
/// (<see cref="ContentType.InSitemap"/>). One query per type, whatever the data size.
/// /search is left out on purpose (results pages are not content; robots.txt disallows them).
/// </summary>
public sealed class SitemapQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    private sealed record Row(string Slug, DateTime UpdatedAtUtc);

    public async Task<IReadOnlyList<SitemapEntry>> GetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<(ContentType Type, List<Row> Rows)>();
        foreach (var type in ContentTypes.All.Where(t => t.InSitemap))
        {
            rows.Add((type, await type.VisibleSummaries(db, _now)
                .OrderBy(e => e.Slug).Select(e => new Row(e.Slug!, e.UpdatedAtUtc)).ToListAsync(cancellationToken)));
        }

        var pages = rows.Where(r => r.Type == ContentTypes.Page).SelectMany(r => r.Rows);
        var landing = pages.Where(p => AboutPageQuery.LandingPages.ContainsKey(p.Slug)).ToDictionary(p => p.Slug, p => p.UpdatedAtUtc, StringComparer.Ordinal);

        var entries = new List<SitemapEntry> { new("/", Latest(rows.SelectMany(r => r.Rows).ToList())) };
        entries.AddRange(rows.SelectMany(r => r.Type.PublicListPaths.Select(path => new SitemapEntry(path, Latest(r.Rows)))));
        entries.Add(new("/study-abroad", landing.TryGetValue("study-abroad", out var abroad) ? abroad : null));
        entries.Add(new("/study-at-njit", landing.TryGetValue("study-at-njit", out var atNjit) ? atNjit : null));

        // A landing page's record is listed once, as its section page above.
        var listed = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        entries.AddRange(rows.SelectMany(r => r.Rows.Select(row => new SitemapEntry(r.Type.PublicPath(row.Slug)!, row.UpdatedAtUtc)))
            .Where(e => !listed.Contains(e.Path)));
        return entries;
    }

    private static DateTime? Latest(List<Row> rows) => rows.Count == 0 ? null : rows.Max(r => r.UpdatedAtUtc);
}
