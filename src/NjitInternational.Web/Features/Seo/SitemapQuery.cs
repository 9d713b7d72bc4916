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
/// Every public page: the section pages plus each published partner, programme, alliance,
/// professor, conference and /about page. Six queries (one per type), whatever the data size.
/// /search is left out on purpose (results pages are not content; robots.txt disallows them).
/// </summary>
public sealed class SitemapQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    private sealed record Row(string Slug, DateTime UpdatedAtUtc);

    public async Task<IReadOnlyList<SitemapEntry>> GetAsync(CancellationToken cancellationToken)
    {
        var partners = await db.Partners.AsNoTracking().VisiblePartners(_now)
            .OrderBy(p => p.Slug).Select(p => new Row(p.Slug, p.UpdatedAtUtc)).ToListAsync(cancellationToken);
        var programmes = await db.Programmes.AsNoTracking().Published(_now)
            .OrderBy(p => p.Slug).Select(p => new Row(p.Slug, p.UpdatedAtUtc)).ToListAsync(cancellationToken);
        var alliances = await db.Alliances.AsNoTracking().Published(_now)
            .OrderBy(a => a.Slug).Select(a => new Row(a.Slug, a.UpdatedAtUtc)).ToListAsync(cancellationToken);
        var professors = await db.VisitingProfessors.AsNoTracking().Published(_now)
            .OrderBy(v => v.Slug).Select(v => new Row(v.Slug, v.UpdatedAtUtc)).ToListAsync(cancellationToken);
        var conferences = await db.Conferences.AsNoTracking().Published(_now)
            .OrderBy(c => c.Slug).Select(c => new Row(c.Slug, c.UpdatedAtUtc)).ToListAsync(cancellationToken);
        var pages = await db.Pages.AsNoTracking().Published(_now)
            .OrderBy(p => p.Slug).Select(p => new Row(p.Slug, p.UpdatedAtUtc)).ToListAsync(cancellationToken);

        var landing = pages.Where(p => AboutPageQuery.LandingPages.ContainsKey(p.Slug)).ToDictionary(p => p.Slug, p => p.UpdatedAtUtc, StringComparer.Ordinal);
        var everything = partners.Concat(programmes).Concat(alliances).Concat(professors).Concat(conferences).Concat(pages).ToList();

        var entries = new List<SitemapEntry>
        {
            new("/", Latest(everything)),
            new("/partners", Latest(partners)),
            new("/partners/map", Latest(partners)),
            new("/alliances", Latest(alliances)),
            new("/programmes", Latest(programmes)),
            new("/visiting-professors", Latest(professors)),
            new("/conferences", Latest(conferences)),
            new("/study-abroad", landing.TryGetValue("study-abroad", out var abroad) ? abroad : null),
            new("/study-at-njit", landing.TryGetValue("study-at-njit", out var atNjit) ? atNjit : null),
        };
        entries.AddRange(partners.Select(p => Entry("/partners/", p)));
        entries.AddRange(programmes.Select(p => Entry("/programmes/", p)));
        entries.AddRange(alliances.Select(a => Entry("/alliances/", a)));
        entries.AddRange(professors.Select(v => Entry("/visiting-professors/", v)));
        entries.AddRange(conferences.Select(c => Entry("/conferences/", c)));
        entries.AddRange(pages
            .Where(p => !AboutPageQuery.LandingPages.ContainsKey(p.Slug))
            .Select(p => new SitemapEntry(AboutPageQuery.PathOf(p.Slug), p.UpdatedAtUtc)));
        return entries;
    }

    private static SitemapEntry Entry(string prefix, Row row) => new(prefix + Uri.EscapeDataString(row.Slug), row.UpdatedAtUtc);

    private static DateTime? Latest(List<Row> rows) => rows.Count == 0 ? null : rows.Max(r => r.UpdatedAtUtc);
}
