using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Features.People;

/// <summary>Published visiting professors: one query for the list, one for a detail page.</summary>
public sealed class VisitingProfessorQueries(AppDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public async Task<IReadOnlyList<VisitingProfessorListItem>> ListAsync(CancellationToken cancellationToken) =>
        await db.VisitingProfessors.AsNoTracking().Published(_now)
            .OrderBy(v => v.Name)
            .Select(v => new VisitingProfessorListItem(v.Slug, v.Name, v.Title, v.Honours, v.HomeInstitution, v.Field))
            .ToListAsync(cancellationToken);

    public async Task<VisitingProfessorDetail?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.VisitingProfessors.AsNoTracking().Published(_now)
            .Where(v => v.Slug == slug)
            .Select(v => new
            {
                v.Slug,
                v.Name,
                v.Title,
                v.Honours,
                v.HomeInstitution,
                v.Field,
                v.Biography,
                v.PhotoUrl,
                v.YearsOfVisits,
                Photo = v.PhotoMedia == null ? null : new MediaImage(v.PhotoMedia.Key, v.PhotoMedia.VariantWidths, v.PhotoMedia.Width, v.PhotoMedia.Height, v.PhotoMedia.AltText, v.PhotoMedia.IsDecorative),
            })
            .FirstOrDefaultAsync(cancellationToken);

        return row is null
            ? null
            : new VisitingProfessorDetail(
                row.Slug,
                row.Name,
                Blank(row.Title),
                Blank(row.Honours),
                Blank(row.HomeInstitution),
                Blank(row.Field),
                markdown.Render(row.Biography),
                !string.IsNullOrWhiteSpace(row.Biography),
                LocalImage(row.PhotoUrl),
                Blank(row.YearsOfVisits),
                row.Photo);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Only images served by the site itself are shown: the site makes no request to another host
    /// (privacy and the coming Content-Security-Policy). An external address is left out.
    /// </summary>
    private static string? LocalImage(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : null;
}
