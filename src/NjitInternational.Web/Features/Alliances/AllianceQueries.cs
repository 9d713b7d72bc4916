using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Features.Alliances;

public sealed record AllianceListItem(string Name, string Slug, int? YearJoined, int MemberCount);

/// <summary>A member institution; <see cref="PartnerSlug"/> is set when it is a visible NJIT partner.</summary>
public sealed record AllianceMemberItem(string Name, string? PartnerSlug, string? CountryName);

public sealed record AllianceDetail(
    string Name,
    string Slug,
    string? Description,
    string? WebsiteUrl,
    int? YearJoined,
    IReadOnlyList<AllianceMemberItem> Members);

/// <summary>
/// Published alliances and their members. A member linked to a partner that is not visible
/// (draft, archived, or in an unpublished country) is left out, so no hidden record leaks.
/// </summary>
public sealed class AllianceQueries(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    private System.Linq.Expressions.Expression<Func<Partner, bool>> VisiblePartner => PublishedQueries.IsVisiblePartner(_now);

    public Task<List<AllianceListItem>> ListAsync(CancellationToken cancellationToken) =>
        db.Alliances.AsNoTracking().Published(_now)
            .OrderBy(a => a.Name)
            .Select(a => new AllianceListItem(
                a.Name,
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
                a.Slug,
                a.Description,
                a.WebsiteUrl,
                a.YearJoined,
                Institutions = a.Members
                    .Where(m => m.PartnerId == null)
                    .Select(m => new AllianceMemberItem(m.InstitutionName ?? string.Empty, null, m.Country != null ? m.Country.Name : null))
                    .ToList(),
                Partners = a.Members
                    .Where(m => m.PartnerId != null)
                    .Select(m => m.Partner!).AsQueryable().Where(VisiblePartner)
                    .Select(p => new AllianceMemberItem(p.Name, p.Slug, p.Country!.Name))
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);

        return alliance is null
            ? null
            : new AllianceDetail(
                alliance.Name,
                alliance.Slug,
                alliance.Description,
                alliance.WebsiteUrl,
                alliance.YearJoined,
                [.. alliance.Institutions.Concat(alliance.Partners).OrderBy(m => m.Name, StringComparer.CurrentCulture)]);
    }
}
