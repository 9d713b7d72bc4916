using System.ComponentModel.DataAnnotations;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>Adds one member to an alliance: a partner, or a named institution that is not a partner.</summary>
public sealed class AllianceMemberInput
{
    [Display(Name = "Partner")]
    public int? PartnerId { get; set; }

    [StringLength(200), Display(Name = "Or institution name (not a partner)")]
    public string? InstitutionName { get; set; }

    [Display(Name = "Its country or region")]
    public int? CountryId { get; set; }
}
