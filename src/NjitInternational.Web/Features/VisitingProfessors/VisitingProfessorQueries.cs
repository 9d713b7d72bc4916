using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Features.VisitingProfessors;

/// <summary>Published visiting professors: one query for the list, one for a detail page.</summary>
public sealed class VisitingProfessorQueries(AppDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public async Task<IReadOnlyList<VisitingProfessorListItem>> ListAsync(CancellationToken cancellationToken) =>
        await db.VisitingProfessors.AsNoTracking().Published(_now)
            .OrderBy(v => v.Name)
            .Select(v => new VisitingProfessorListItem(v.Slug, LocalizedText.Of(v.Name, v.NameZh), LocalizedText.Pick(v.Title, v.TitleZh), LocalizedText.Pick(v.Honours, v.HonoursZh), LocalizedText.Pick(v.HomeInstitution, v.HomeInstitutionZh), LocalizedText.Pick(v.Field, v.FieldZh)))
            .ToListAsync(cancellationToken);

    public async Task<VisitingProfessorDetail?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.VisitingProfessors.AsNoTracking().Published(_now)
            .Where(v => v.Slug == slug)
            .Select(v => new
            {
                v.Slug,
                Name = LocalizedText.Of(v.Name, v.NameZh),
                Title = LocalizedText.Pick(v.Title, v.TitleZh),
                Honours = LocalizedText.Pick(v.Honours, v.HonoursZh),
                HomeInstitution = LocalizedText.Pick(v.HomeInstitution, v.HomeInstitutionZh),
                Field = LocalizedText.Pick(v.Field, v.FieldZh),
                v.Biography,
                v.BiographyZh,
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
                row.Title,
                row.Honours,
                row.HomeInstitution,
                row.Field,
                markdown.RenderLocalized(row.Biography, row.BiographyZh),
                !string.IsNullOrWhiteSpace(row.Biography) || !string.IsNullOrWhiteSpace(row.BiographyZh),
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
