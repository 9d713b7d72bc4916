using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>
/// Staff choose the ISO 3166-1 code from the complete list (Features/Countries); the names, kind and
/// continent come from that list, never typed, so Hong Kong, Macao and Taiwan always read as regions
/// of China. The other fields are shown and exported, not bound.
/// </summary>
public sealed class CountryEditInput : ScheduledContentInput
{
    [Required(ErrorMessage = "Choose the country or region from the list."), Display(Name = "Country or region (ISO 3166-1)")]
    public string IsoCode { get; set; } = string.Empty;

    [BindNever, Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [BindNever, Display(Name = "Name in Chinese")]
    public string? NameZh { get; set; }

    [BindNever, Display(Name = "Country or region")]
    public CountryKind Kind { get; set; }

    [BindNever, Display(Name = "Continent")]
    public WorldRegion WorldRegion { get; set; }
}
