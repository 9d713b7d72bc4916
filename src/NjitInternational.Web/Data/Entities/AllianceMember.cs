namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// A member institution of an alliance. Members need not be NJIT partners: when one is,
/// <see cref="PartnerId"/> links it and its name and country come from the partner.
/// </summary>
public class AllianceMember
{
    public int Id { get; set; }

    public int AllianceId { get; set; }

    public Alliance? Alliance { get; set; }

    public int? PartnerId { get; set; }

    public Partner? Partner { get; set; }

    /// <summary>Name of a member that is not an NJIT partner.</summary>
    public string? InstitutionName { get; set; }

    public int? CountryId { get; set; }

    public Country? Country { get; set; }
}
