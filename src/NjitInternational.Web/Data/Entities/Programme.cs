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
}
