using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Media;

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
    IReadOnlyList<PartnerAllianceLink> Alliances,
    MediaImage? Logo = null);
