using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

public sealed record ProgrammeDetailViewModel(
    int Id,
    string Slug,
    LocalizedText Title,
    ProgrammeKind Kind,
    ProgrammeDirection? Direction,
    LocalizedText? Summary,
    LocalizedText? Discipline,
    LocalizedText? DegreesAwarded,
    string? StudyMode,
    LocalizedText? Duration,
    LocalizedText? LanguageOfInstruction,
    int? RunningSince,
    IHtmlContent DescriptionHtml,
    IHtmlContent HowToApplyHtml,
    bool HasDescription,
    bool HasHowToApply,
    IReadOnlyList<ProgrammePartnerLink> Partners,
    ApplicationStatus Application,
    ProgrammeStudentFacts Student);
