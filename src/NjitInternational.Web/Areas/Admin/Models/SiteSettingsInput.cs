using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>The settings form: the office's contact details and the stated figures.</summary>
public sealed class SiteSettingsInput
{
    [StringLength(500), Display(Name = "Office address")]
    public string? OfficeAddress { get; set; }

    [StringLength(500), Display(Name = "Office address in Chinese")]
    public string? OfficeAddressZh { get; set; }

    [StringLength(254), EmailAddress(ErrorMessage = "Enter an email address like name@example.com."), Display(Name = "Office email")]
    public string? OfficeEmail { get; set; }

    [StringLength(50), RegularExpression(@"^[0-9+()\-. ]*$", ErrorMessage = "Enter a phone number using digits, spaces and + ( ) - only."), Display(Name = "Office phone")]
    public string? OfficePhone { get; set; }

    [StringLength(300), Display(Name = "Opening hours")]
    public string? OfficeHours { get; set; }

    [StringLength(300), Display(Name = "Opening hours in Chinese")]
    public string? OfficeHoursZh { get; set; }

    [StringLength(20), Display(Name = "Stated figure: partner institutions (e.g. 37 or 20+)")]
    public string? PartnersFigure { get; set; }

    [Display(Name = "Partner institutions figure as of")]
    public DateOnly? PartnersFigureAsOf { get; set; }

    [StringLength(20), Display(Name = "Stated figure: countries and regions")]
    public string? CountriesFigure { get; set; }

    [Display(Name = "Countries and regions figure as of")]
    public DateOnly? CountriesFigureAsOf { get; set; }

    [StringLength(20), Display(Name = "Stated figure: visiting professors")]
    public string? ProfessorsFigure { get; set; }

    [Display(Name = "Visiting professors figure as of")]
    public DateOnly? ProfessorsFigureAsOf { get; set; }
}
