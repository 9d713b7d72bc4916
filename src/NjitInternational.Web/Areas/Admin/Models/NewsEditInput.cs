using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class NewsEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [Required, Display(Name = "Publication date")]
    public DateOnly? PublishedOn { get; set; }

    [StringLength(1000), Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(1000), Display(Name = "Summary in Chinese")]
    public string? SummaryZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Body (Markdown)")]
    public string? Body { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Body in Chinese (Markdown)")]
    public string? BodyZh { get; set; }

    [Display(Name = "Image (media library)")]
    public int? ImageMediaId { get; set; }

    [Display(Name = "Programmes this news is about")]
    public List<int> ProgrammeIds { get; set; } = [];

    [Display(Name = "Partners this news is about")]
    public List<int> PartnerIds { get; set; } = [];

    string ISluggedInput.SlugSource => Title;

    public override ISluggedInput Address() => this;
}
