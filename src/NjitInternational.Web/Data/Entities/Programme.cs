namespace NjitInternational.Web.Data.Entities;

/// <summary>A joint, degree, exchange or short programme.</summary>
public class Programme : ContentEntity
{
    public string Title { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Title; null until staff translate it.</summary>
    public string? TitleZh { get; set; }

    public string Slug { get; set; } = string.Empty;

    public ProgrammeKind Kind { get; set; }

    /// <summary>Null where the source does not say who the programme is for.</summary>
    public ProgrammeDirection? Direction { get; set; }

    public List<ProgrammePartner> Partners { get; set; } = [];

    public string? Discipline { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Discipline; null until staff translate it.</summary>
    public string? DisciplineZh { get; set; }

    public string? DegreesAwarded { get; set; }

    /// <summary>Chinese (Simplified) counterpart of DegreesAwarded; null until staff translate it.</summary>
    public string? DegreesAwardedZh { get; set; }

    /// <summary>E.g. "4+0" (all years at NJIT) or "2+2" (two years at each institution).</summary>
    public string? StudyMode { get; set; }

    public string? Duration { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Duration; null until staff translate it.</summary>
    public string? DurationZh { get; set; }

    public string? LanguageOfInstruction { get; set; }

    /// <summary>Chinese (Simplified) counterpart of LanguageOfInstruction; null until staff translate it.</summary>
    public string? LanguageOfInstructionZh { get; set; }

    public int? RunningSince { get; set; }

    public string? Summary { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Summary; null until staff translate it.</summary>
    public string? SummaryZh { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Description; null until staff translate it.</summary>
    public string? DescriptionZh { get; set; }

    /// <summary>Markdown.</summary>
    public string? HowToApply { get; set; }

    /// <summary>Chinese (Simplified) counterpart of HowToApply; null until staff translate it.</summary>
    public string? HowToApplyZh { get; set; }

    public DateOnly? ApplicationOpens { get; set; }

    public DateOnly? ApplicationCloses { get; set; }

    public bool IsFeatured { get; set; }

    // What a student asks before applying. Each is optional: the public page says "ask the office"
    // where one is empty instead of leaving a gap.

    /// <summary>Who may apply (year of study, major, grades).</summary>
    public string? Eligibility { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Eligibility; null until staff translate it.</summary>
    public string? EligibilityZh { get; set; }

    /// <summary>Language level needed, e.g. "IELTS 6.0".</summary>
    public string? LanguageRequirements { get; set; }

    /// <summary>Chinese (Simplified) counterpart of LanguageRequirements; null until staff translate it.</summary>
    public string? LanguageRequirementsZh { get; set; }

    /// <summary>Tuition, living costs and the scholarships that cover them.</summary>
    public string? CostsAndScholarships { get; set; }

    /// <summary>Chinese (Simplified) counterpart of CostsAndScholarships; null until staff translate it.</summary>
    public string? CostsAndScholarshipsZh { get; set; }

    /// <summary>How many places, in words, e.g. "About 30 a year".</summary>
    public string? Places { get; set; }

    /// <summary>Chinese (Simplified) counterpart of Places; null until staff translate it.</summary>
    public string? PlacesZh { get; set; }

    public string? ContactName { get; set; }

    /// <summary>Chinese (Simplified) counterpart of ContactName; null where the name reads the same.</summary>
    public string? ContactNameZh { get; set; }

    public string? ContactRole { get; set; }

    /// <summary>Chinese (Simplified) counterpart of ContactRole; null until staff translate it.</summary>
    public string? ContactRoleZh { get; set; }

    public string? ContactEmail { get; set; }
}
