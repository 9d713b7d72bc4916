using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Alliances;

/// <summary>
/// Published alliances and their members. A member linked to a partner that is not visible
/// (draft, archived, or in an unpublished country) is left out, so no hidden record leaks.
/// </summary>
public sealed class AllianceQueries(AppDbContext db, MarkdownRenderer markdown, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    private System.Linq.Expressions.Expression<Func<Partner, bool>> VisiblePartner => PublishedQueries.IsVisiblePartner(_now);

    public Task<List<AllianceListItem>> ListAsync(CancellationToken cancellationToken) =>
        db.Alliances.AsNoTracking().Published(_now)
            .OrderBy(a => a.Name)
            .Select(a => new AllianceListItem(
                LocalizedText.Of(a.Name, a.NameZh),
                a.Slug,
                a.YearJoined,
                a.Members.Count(m => m.PartnerId == null)
                    + a.Members.Where(m => m.PartnerId != null).Select(m => m.Partner!).AsQueryable().Count(VisiblePartner)))
            .ToListAsync(cancellationToken);

    public async Task<AllianceDetail?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().Published(_now)
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Name,
                a.NameZh,
                a.Slug,
                a.Description,
                a.DescriptionZh,
                a.WebsiteUrl,
                a.YearJoined,
                Institutions = a.Members
                    .Where(m => m.PartnerId == null)
                    .Select(m => new
                    {
                        Name = m.InstitutionName ?? string.Empty,
                        NameZh = (string?)null,
                        PartnerSlug = (string?)null,
                        CountryName = m.Country != null ? m.Country.Name : null,
                        CountryNameZh = m.Country != null ? m.Country.NameZh : null,
                        CountryIso = m.Country != null ? m.Country.IsoCode : null,
                    })
                    .ToList(),
                Partners = a.Members
                    .Where(m => m.PartnerId != null)
                    .Select(m => m.Partner!).AsQueryable().Where(VisiblePartner)
                    .Select(p => new
                    {
                        p.Name,
                        p.NameZh,
                        PartnerSlug = (string?)p.Slug,
                        CountryName = (string?)p.Country!.Name,
                        CountryNameZh = p.Country.NameZh,
                        CountryIso = (string?)p.Country.IsoCode,
                    })
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);

        return alliance is null
            ? null
            : new AllianceDetail(
                LocalizedText.Of(alliance.Name, alliance.NameZh),
                alliance.Slug,
                markdown.RenderLocalized(alliance.Description, alliance.DescriptionZh),
                alliance.WebsiteUrl,
                alliance.YearJoined,
                [.. alliance.Institutions.Concat(alliance.Partners)
                    .Select(m => new AllianceMemberItem(LocalizedText.Of(m.Name, m.NameZh), m.PartnerSlug, LocalizedText.Pick(m.CountryName, m.CountryNameZh), m.CountryIso?.Trim()))
                    .OrderBy(m => m.Name.Text, StringComparer.CurrentCulture)]);
    }
}
