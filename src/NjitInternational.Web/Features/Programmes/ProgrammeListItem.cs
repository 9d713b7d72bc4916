using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

public sealed record ProgrammePartnerLink(string Slug, LocalizedText Name, LocalizedText CountryName, string CountryIso);

/// <summary>One row of a programme list (catalogue, landing pages, home).</summary>
public sealed record ProgrammeListItem(
    int Id,
    string Slug,
    LocalizedText Title,
    ProgrammeKind Kind,
    ProgrammeDirection? Direction,
    LocalizedText? Summary,
    string? StudyMode,
    LocalizedText? Duration,
    LocalizedText? LanguageOfInstruction,
    IReadOnlyList<ProgrammePartnerLink> Partners,
    ApplicationStatus Application);
