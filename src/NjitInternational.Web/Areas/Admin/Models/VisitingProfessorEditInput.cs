using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class VisitingProfessorEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(150), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(150), Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(100), Display(Name = "Academic title")]
    public string? Title { get; set; }

    [StringLength(100), Display(Name = "Academic title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(300), Display(Name = "Honours")]
    public string? Honours { get; set; }

    [StringLength(300), Display(Name = "Honours in Chinese")]
    public string? HonoursZh { get; set; }

    [StringLength(200), Display(Name = "Home institution")]
    public string? HomeInstitution { get; set; }

    [StringLength(200), Display(Name = "Home institution in Chinese")]
    public string? HomeInstitutionZh { get; set; }

    [StringLength(150), Display(Name = "Field")]
    public string? Field { get; set; }

    [StringLength(150), Display(Name = "Field in Chinese")]
    public string? FieldZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Biography (Markdown)")]
    public string? Biography { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Biography in Chinese (Markdown)")]
    public string? BiographyZh { get; set; }

    [StringLength(500), Display(Name = "Photo URL")]
    public string? PhotoUrl { get; set; }

    [Display(Name = "Photo (media library)")]
    public int? PhotoMediaId { get; set; }

    [StringLength(100), Display(Name = "Years of visits")]
    public string? YearsOfVisits { get; set; }

    string ISluggedInput.SlugSource => Name;

    public override ISluggedInput Address() => this;
}
