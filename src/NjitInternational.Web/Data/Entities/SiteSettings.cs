namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// The office's own words, edited at /admin/settings: its contact details (the contact page shows
/// only what is entered) and a stated figure for each home-page headline count. One row (Id 1).
/// </summary>
public class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string? OfficeAddress { get; set; }

    public string? OfficeAddressZh { get; set; }

    public string? OfficeEmail { get; set; }

    public string? OfficePhone { get; set; }

    public string? OfficeHours { get; set; }

    public string? OfficeHoursZh { get; set; }

    /// <summary>The office's figure for partner institutions, as text ("37", "20+").</summary>
    public string? PartnersFigure { get; set; }

    public DateOnly? PartnersFigureAsOf { get; set; }

    public string? CountriesFigure { get; set; }

    public DateOnly? CountriesFigureAsOf { get; set; }

    public string? ProfessorsFigure { get; set; }

    public DateOnly? ProfessorsFigureAsOf { get; set; }

    public DateTime? UpdatedAtUtc { get; set; }

    public string? UpdatedBy { get; set; }
}
