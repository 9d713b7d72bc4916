using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class ConferenceEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Title")]
    public string Title { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Title in Chinese")]
    public string? TitleZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(150), Display(Name = "Topic")]
    public string? Topic { get; set; }

    [StringLength(150), Display(Name = "Topic in Chinese")]
    public string? TopicZh { get; set; }

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    [StringLength(200), Display(Name = "Venue")]
    public string? Venue { get; set; }

    [StringLength(200), Display(Name = "Venue in Chinese")]
    public string? VenueZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description in Chinese (Markdown)")]
    public string? DescriptionZh { get; set; }

    [StringLength(500), Url, Display(Name = "Website")]
    public string? WebsiteUrl { get; set; }

    string ISluggedInput.SlugSource => Title;

    public override ISluggedInput Address() => this;
}
