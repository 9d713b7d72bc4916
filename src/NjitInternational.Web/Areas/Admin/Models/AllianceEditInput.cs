using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class AllianceEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Description in Chinese (Markdown)")]
    public string? DescriptionZh { get; set; }

    [StringLength(500), Url, Display(Name = "Website")]
    public string? WebsiteUrl { get; set; }

    [Range(1900, 2100), Display(Name = "Year joined")]
    public int? YearJoined { get; set; }

    string ISluggedInput.SlugSource => Name;

    public override ISluggedInput Address() => this;
}
