using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>
/// What a student asks before applying, each in the page's language where staff gave it; null where
/// staff have not, and the page says "ask the office" there instead of leaving a gap.
/// </summary>
public sealed record ProgrammeStudentFacts(
    DateOnly? ApplicationOpens,
    DateOnly? ApplicationCloses,
    LocalizedText? Eligibility,
    LocalizedText? LanguageRequirements,
    LocalizedText? CostsAndScholarships,
    LocalizedText? Places,
    ProgrammeContact? Contact);

/// <summary>The person to write to about one programme; shown only when staff gave an email address.</summary>
public sealed record ProgrammeContact(LocalizedText? Name, LocalizedText? Role, string Email);
