using System.ComponentModel.DataAnnotations;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class PartnerEditInput : ScheduledContentInput, ISluggedInput
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(200), Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [StringLength(60), Display(Name = "Short name")]
    public string? ShortName { get; set; }

    [StringLength(60), Display(Name = "Short name in Chinese")]
    public string? ShortNameZh { get; set; }

    [StringLength(120), Display(Name = "Address (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Choose the country or region."), Display(Name = "Country or region")]
    public int? CountryId { get; set; }

    [StringLength(100), Display(Name = "City")]
    public string? City { get; set; }

    [StringLength(100), Display(Name = "City in Chinese")]
    public string? CityZh { get; set; }

    [StringLength(500), Url, Display(Name = "Website")]
    public string? WebsiteUrl { get; set; }

    [Range(1900, 2100), Display(Name = "Partner since (year)")]
    public int? PartnerSince { get; set; }

    [Display(Name = "Kinds of partnership")]
    public List<PartnershipKind> PartnershipKinds { get; set; } = [];

    [StringLength(1000), Display(Name = "Summary")]
    public string? Summary { get; set; }

    [StringLength(1000), Display(Name = "Summary in Chinese")]
    public string? SummaryZh { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Body (Markdown)")]
    public string? Body { get; set; }

    [StringLength(20000), Markdown, Display(Name = "Body in Chinese (Markdown)")]
    public string? BodyZh { get; set; }

    [StringLength(500), Display(Name = "Logo URL")]
    public string? LogoUrl { get; set; }

    [Display(Name = "Logo (media library)")]
    public int? LogoMediaId { get; set; }

    [Display(Name = "Agreement valid until")]
    public DateOnly? AgreementValidUntil { get; set; }

    [Display(Name = "Featured on the home page")]
    public bool IsFeatured { get; set; }

    string ISluggedInput.SlugSource => Name;

    public override ISluggedInput Address() => this;
}
