using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Alliances;

public sealed record AllianceListItem(LocalizedText Name, string Slug, int? YearJoined, int MemberCount);

/// <summary>A member institution; <see cref="PartnerSlug"/> is set when it is a visible NJIT partner.</summary>
public sealed record AllianceMemberItem(LocalizedText Name, string? PartnerSlug, LocalizedText? CountryName);

public sealed record AllianceDetail(
    LocalizedText Name,
    string Slug,
    LocalizedHtml Description,
    string? WebsiteUrl,
    int? YearJoined,
    IReadOnlyList<AllianceMemberItem> Members);

/// <summary>
/// Published alliances and their members. A member linked to a partner that is not visible
/// (draft, archived, or in an unpublished country) is left out, so no hidden record leaks.
/// </summary>
public sealed class AllianceQueries(AppDbContext db, MarkdownRenderer markdown)
{
    public Task<List<AllianceListItem>> ListAsync(CancellationToken cancellationToken) =>
        db.Alliances.AsNoTracking().Published()
            .OrderBy(a => a.Name)
            .Select(a => new AllianceListItem(
                LocalizedText.Of(a.Name, a.NameZh),
                a.Slug,
                a.YearJoined,
                a.Members.Count(m => m.PartnerId == null
                    || (m.Partner!.Status == PublicationStatus.Published && m.Partner.Country!.Status == PublicationStatus.Published))))
            .ToListAsync(cancellationToken);

    public async Task<AllianceDetail?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking().Published()
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
                Members = a.Members
                    .Where(m => m.PartnerId == null
                        || (m.Partner!.Status == PublicationStatus.Published && m.Partner.Country!.Status == PublicationStatus.Published))
                    .Select(m => new
                    {
                        Name = m.Partner != null ? m.Partner.Name : m.InstitutionName ?? string.Empty,
                        NameZh = m.Partner != null ? m.Partner.NameZh : null,
                        PartnerSlug = m.Partner != null ? m.Partner.Slug : null,
                        CountryName = m.Partner != null ? m.Partner.Country!.Name : m.Country != null ? m.Country.Name : null,
                        CountryNameZh = m.Partner != null ? m.Partner.Country!.NameZh : m.Country != null ? m.Country.NameZh : null,
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
                [.. alliance.Members
                    .Select(m => new AllianceMemberItem(LocalizedText.Of(m.Name, m.NameZh), m.PartnerSlug, LocalizedText.Pick(m.CountryName, m.CountryNameZh)))
                    .OrderBy(m => m.Name.Text, StringComparer.CurrentCulture)]);
    }
}
