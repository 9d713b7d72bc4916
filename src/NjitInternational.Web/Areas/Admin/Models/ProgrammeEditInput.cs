using System.ComponentModel.DataAnnotations;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class ProgrammeEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [Display(Name = "Kind of programme")]
    public ProgrammeKind Kind { get; set; }

    [Display(Name = "Who it is for")]
    public ProgrammeDirection? Direction { get; set; }

    [Display(Name = "Partners")]
    public List<int> PartnerIds { get; set; } = [];

    [StringLength(150), Display(Name = "Discipline")]
    public string? Discipline { get; set; }

    [StringLength(150), Display(Name = "Discipline in Chinese")]
    public string? DisciplineZh { get; set; }

    [StringLength(300), Display(Name = "Degrees awarded")]
    public string? DegreesAwarded { get; set; }

    [StringLength(300), Display(Name = "Degrees awarded in Chinese")]
    public string? DegreesAwardedZh { get; set; }

    [StringLength(20), Display(Name = "Study mode (e.g. 2+2)")]
    public string? StudyMode { get; set; }

    [StringLength(60), Display(Name = "Duration")]
    public string? Duration { get; set; }

    [StringLength(60), Display(Name = "Duration in Chinese")]
    public string? DurationZh { get; set; }

    [StringLength(60), Display(Name = "Language of instruction")]
    public string? LanguageOfInstruction { get; set; }

    [StringLength(60), Display(Name = "Language of instruction in Chinese")]
    public string? LanguageOfInstructionZh { get; set; }

    [Range(1900, 2100), Display(Name = "Running since (year)")]
    public int? RunningSince { get; set; }

    [StringLength(1000), Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(1000), Display(Name = "Summary in Chinese")]
    public string? SummaryZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description in Chinese (Markdown)")]
    public string? DescriptionZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "How to apply (Markdown)")]
    public string? HowToApply { get; set; }

    [StringLength(20000), Markdown, Display(Name = "How to apply in Chinese (Markdown)")]
    public string? HowToApplyZh { get; set; }

    [Display(Name = "Applications open")]
    public DateOnly? ApplicationOpens { get; set; }

    [Display(Name = "Applications close")]
    public DateOnly? ApplicationCloses { get; set; }

    [Display(Name = "Featured on the home page")]
    public bool IsFeatured { get; set; }

    [StringLength(2000), Display(Name = "Who may apply")]
    public string? Eligibility { get; set; }

    [StringLength(2000), Display(Name = "Who may apply in Chinese")]
    public string? EligibilityZh { get; set; }

    [StringLength(1000), Display(Name = "Language requirements")]
    public string? LanguageRequirements { get; set; }

    [StringLength(1000), Display(Name = "Language requirements in Chinese")]
    public string? LanguageRequirementsZh { get; set; }

    [StringLength(2000), Display(Name = "Costs and scholarships")]
    public string? CostsAndScholarships { get; set; }

    [StringLength(2000), Display(Name = "Costs and scholarships in Chinese")]
    public string? CostsAndScholarshipsZh { get; set; }

    [StringLength(200), Display(Name = "Places")]
    public string? Places { get; set; }

    [StringLength(200), Display(Name = "Places in Chinese")]
    public string? PlacesZh { get; set; }

    [StringLength(150), Display(Name = "Contact name")]
    public string? ContactName { get; set; }

    [StringLength(150), Display(Name = "Contact name in Chinese")]
    public string? ContactNameZh { get; set; }

    [StringLength(150), Display(Name = "Contact role")]
    public string? ContactRole { get; set; }

    [StringLength(150), Display(Name = "Contact role in Chinese")]
    public string? ContactRoleZh { get; set; }

    [StringLength(254), EmailAddress(ErrorMessage = "Enter an email address like name@example.com."), Display(Name = "Contact email")]
    public string? ContactEmail { get; set; }

    string ISluggedInput.SlugSource => Title;

    public override ISluggedInput Address() => this;
}
