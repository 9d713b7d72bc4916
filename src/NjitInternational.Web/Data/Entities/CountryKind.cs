namespace NjitInternational.Web.Data.Entities;

/// <summary>The source text counts "countries and regions": Hong Kong is a region, not a country.</summary>
public enum CountryKind
{
    Country,
    Region,
}
