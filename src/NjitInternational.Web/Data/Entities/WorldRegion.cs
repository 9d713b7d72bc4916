namespace NjitInternational.Web.Data.Entities;

/// <summary>Continental grouping used to filter the partner directory.</summary>
public enum WorldRegion
{
    Africa,
    Asia,
    Europe,
    NorthAmerica,
    SouthAmerica,
    Oceania,
}
