using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Partners;

public sealed record PartnerListItem(
    LocalizedText Name,
    LocalizedText? ShortName,
    string Slug,
    string CountryIso,
    LocalizedText CountryName,
    LocalizedText? City,
    int? PartnerSince,
    IReadOnlyList<PartnershipKind> Kinds);
