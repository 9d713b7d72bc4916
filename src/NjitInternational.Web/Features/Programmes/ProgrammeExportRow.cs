using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>One programme of the open-data export, with its visible partners.</summary>
public sealed record ProgrammeExportRow(
    string Title,
    string Slug,
    ProgrammeKind Kind,
    ProgrammeDirection? Direction,
    List<ProgrammePartnerLink> Partners,
    string? Discipline,
    string? DegreesAwarded,
    string? StudyMode,
    string? Duration,
    string? LanguageOfInstruction,
    int? RunningSince,
    DateOnly? ApplicationOpens,
    DateOnly? ApplicationCloses);
