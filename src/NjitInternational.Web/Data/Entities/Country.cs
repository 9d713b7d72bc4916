namespace NjitInternational.Web.Data.Entities;

/// <summary>A country or region (ISO 3166-1) that partner institutions belong to.</summary>
public class Country : ContentEntity
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Chinese (Simplified) counterpart of Name; null until staff translate it.</summary>
    public string? NameZh { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case (e.g. "GB", "HK").</summary>
    public string IsoCode { get; set; } = string.Empty;

    public CountryKind Kind { get; set; } = CountryKind.Country;

    public WorldRegion WorldRegion { get; set; }

    public List<Partner> Partners { get; set; } = [];
}
