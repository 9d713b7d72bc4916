using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Alliances;

/// <summary>One alliance on the alliances page, with its count of visible members.</summary>
public sealed record AllianceListItem(LocalizedText Name, string Slug, int? YearJoined, int MemberCount);
