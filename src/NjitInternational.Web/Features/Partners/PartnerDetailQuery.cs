using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Partners;

public sealed record PartnerProgrammeLink(LocalizedText Title, string Slug);

public sealed record PartnerAllianceLink(LocalizedText Name, string Slug);

public sealed record PartnerDetail(
    LocalizedText Name,
    LocalizedText? ShortName,
    string Slug,
    string CountryIso,
    LocalizedText CountryName,
    WorldRegion Region,
    LocalizedText? City,
    string? WebsiteUrl,
    int? PartnerSince,
    LocalizedText? Summary,
    string? Body,
    string? BodyZh,
    IReadOnlyList<PartnershipKind> Kinds,
    IReadOnlyList<PartnerProgrammeLink> Programmes,
    IReadOnlyList<PartnerAllianceLink> Alliances);

/// <summary>One visible partner with its published programmes and alliances, in one SQL command.</summary>
public sealed class PartnerDetailQuery(AppDbContext db)
{
    public Task<PartnerDetail?> GetAsync(string slug, CancellationToken cancellationToken) =>
        db.Partners.AsNoTracking().VisiblePartners()
            .Where(p => p.Slug == slug)
            .Select(p => new PartnerDetail(
                LocalizedText.Of(p.Name, p.NameZh),
                LocalizedText.Pick(p.ShortName, p.ShortNameZh),
                p.Slug,
                p.Country!.IsoCode,
                LocalizedText.Of(p.Country.Name, p.Country.NameZh),
                p.Country.WorldRegion,
                LocalizedText.Pick(p.City, p.CityZh),
                p.WebsiteUrl,
                p.PartnerSince,
                LocalizedText.Pick(p.Summary, p.SummaryZh),
                p.Body,
                p.BodyZh,
                p.PartnershipKinds.OrderBy(k => k.Kind).Select(k => k.Kind).ToList(),
                p.Programmes
                    .Where(pp => pp.Programme!.Status == PublicationStatus.Published)
                    .OrderBy(pp => pp.Programme!.Title)
                    .Select(pp => new PartnerProgrammeLink(LocalizedText.Of(pp.Programme!.Title, pp.Programme.TitleZh), pp.Programme.Slug))
                    .ToList(),
                p.AllianceMemberships
                    .Where(m => m.Alliance!.Status == PublicationStatus.Published)
                    .OrderBy(m => m.Alliance!.Name)
                    .Select(m => new PartnerAllianceLink(LocalizedText.Of(m.Alliance!.Name, m.Alliance.NameZh), m.Alliance.Slug))
                    .ToList()))
            .FirstOrDefaultAsync(cancellationToken);
}
