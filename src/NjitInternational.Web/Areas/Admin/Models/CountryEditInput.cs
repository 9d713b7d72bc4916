using System.ComponentModel.DataAnnotations;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Areas.Admin.Models;

public sealed class CountryEditInput : ScheduledContentInput
{
    [Required, StringLength(100), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [StringLength(100), Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [Required, RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Enter the two-letter ISO 3166 code, e.g. GB."), Display(Name = "ISO 3166 code")]
    public string IsoCode { get; set; } = string.Empty;

    [Display(Name = "Country or region")]
    public CountryKind Kind { get; set; }

    [Display(Name = "World region")]
    public WorldRegion WorldRegion { get; set; }
}
