using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Features.Partners;

public sealed record PartnerProgrammeLink(string Title, string Slug);

public sealed record PartnerAllianceLink(string Name, string Slug);

public sealed record PartnerDetail(
    string Name,
    string? ShortName,
    string Slug,
    string CountryIso,
    string CountryName,
    WorldRegion Region,
    string? City,
    string? WebsiteUrl,
    int? PartnerSince,
    string? Summary,
    string? Body,
    IReadOnlyList<PartnershipKind> Kinds,
    IReadOnlyList<PartnerProgrammeLink> Programmes,
    IReadOnlyList<PartnerAllianceLink> Alliances,
    MediaImage? Logo = null);

/// <summary>One visible partner with its published programmes and alliances, in one SQL command.</summary>
public sealed class PartnerDetailQuery(AppDbContext db)
{
    public Task<PartnerDetail?> GetAsync(string slug, CancellationToken cancellationToken) =>
        db.Partners.AsNoTracking().VisiblePartners()
            .Where(p => p.Slug == slug)
            .Select(p => new PartnerDetail(
                p.Name,
                p.ShortName,
                p.Slug,
                p.Country!.IsoCode,
                p.Country.Name,
                p.Country.WorldRegion,
                p.City,
                p.WebsiteUrl,
                p.PartnerSince,
                p.Summary,
                p.Body,
                p.PartnershipKinds.OrderBy(k => k.Kind).Select(k => k.Kind).ToList(),
                p.Programmes
                    .Where(pp => pp.Programme!.Status == PublicationStatus.Published)
                    .OrderBy(pp => pp.Programme!.Title)
                    .Select(pp => new PartnerProgrammeLink(pp.Programme!.Title, pp.Programme.Slug))
                    .ToList(),
                p.AllianceMemberships
                    .Where(m => m.Alliance!.Status == PublicationStatus.Published)
                    .OrderBy(m => m.Alliance!.Name)
                    .Select(m => new PartnerAllianceLink(m.Alliance!.Name, m.Alliance.Slug))
                    .ToList(),
                p.LogoMedia == null ? null : new MediaImage(p.LogoMedia.Key, p.LogoMedia.VariantWidths, p.LogoMedia.Width, p.LogoMedia.Height, p.LogoMedia.AltText, p.LogoMedia.IsDecorative)))
            .FirstOrDefaultAsync(cancellationToken);
}
