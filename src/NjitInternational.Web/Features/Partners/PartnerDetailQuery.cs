using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Features.Partners;

/// <summary>One visible partner with its published programmes and alliances, in one SQL command.</summary>
public sealed class PartnerDetailQuery(AppDbContext db, TimeProvider clock)
{
    /// <summary>One "now" per request for the visibility rule (see PublishedQueries).</summary>
    private readonly DateTime _now = PublishedQueries.Now(clock);

    public Task<PartnerDetail?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var visibleProgramme = PublishedQueries.IsPublished<Programme>(_now);
        var visibleAlliance = PublishedQueries.IsPublished<Alliance>(_now);
        return db.Partners.AsNoTracking().VisiblePartners(_now)
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
                    .Select(pp => pp.Programme!).AsQueryable().Where(visibleProgramme)
                    .OrderBy(v => v.Title)
                    .Select(v => new PartnerProgrammeLink(LocalizedText.Of(v.Title, v.TitleZh), v.Slug))
                    .ToList(),
                p.AllianceMemberships
                    .Select(m => m.Alliance!).AsQueryable().Where(visibleAlliance)
                    .OrderBy(a => a.Name)
                    .Select(a => new PartnerAllianceLink(LocalizedText.Of(a.Name, a.NameZh), a.Slug))
                    .ToList(),
                p.LogoMedia == null ? null : new MediaImage(p.LogoMedia.Key, p.LogoMedia.VariantWidths, p.LogoMedia.Width, p.LogoMedia.Height, p.LogoMedia.AltText, p.LogoMedia.IsDecorative)))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
