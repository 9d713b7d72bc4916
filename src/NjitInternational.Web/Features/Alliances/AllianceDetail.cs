using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Alliances;

/// <summary>A member institution; <see cref="PartnerSlug"/> is set when it is a visible NJIT partner.</summary>
public sealed record AllianceMemberItem(LocalizedText Name, string? PartnerSlug, LocalizedText? CountryName, string? CountryIso);

/// <summary>An alliance's page: its description and visible members.</summary>
public sealed record AllianceDetail(
    LocalizedText Name,
    string Slug,
    LocalizedHtml Description,
    string? WebsiteUrl,
    int? YearJoined,
    IReadOnlyList<AllianceMemberItem> Members);
