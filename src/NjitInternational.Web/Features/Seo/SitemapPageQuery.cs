using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Seo;

/// <summary>One section of the readable sitemap: its list page and the first of its records by title.</summary>
public sealed record SitemapSection(string Label, string Path, IReadOnlyList<SitemapLink> Links, int Total);

public sealed record SitemapLink(string Title, string Path);

/// <summary>
/// The readable sitemap page (the footer's "Sitemap"): every public section with its records, the
/// same types the XML sitemap lists (<see cref="ContentType.InSitemap"/>). A section lists at most
/// <see cref="PerSection"/> records and links to its own list for the rest, so the page stays
/// readable at any data size.
/// </summary>
public sealed class SitemapPageQuery(AppDbContext db, TimeProvider clock)
{
    public const int PerSection = 50;

    public async Task<IReadOnlyList<SitemapSection>> GetAsync(CancellationToken cancellationToken)
    {
        var now = PublishedQueries.Now(clock);
        var sections = new List<SitemapSection>();
        foreach (var type in ContentTypes.All.Where(t => t.InSitemap))
        {
            var visible = type.VisibleSummaries(db, now);
            var rows = await visible.OrderBy(e => e.Title).Take(PerSection)
                .Select(e => new { e.Title, e.Slug })
                .ToListAsync(cancellationToken);
            var total = rows.Count < PerSection ? rows.Count : await visible.CountAsync(cancellationToken);
            var links = rows.Where(r => r.Slug is not null && type.PublicPath(r.Slug) is not null)
                .Select(r => new SitemapLink(r.Title, type.PublicPath(r.Slug!)!))
                .ToList();
            sections.Add(new SitemapSection(type.Plural, type.PublicListPaths.Count > 0 ? type.PublicListPaths[0] : string.Empty, links, total));
        }

        return sections;
    }
}
