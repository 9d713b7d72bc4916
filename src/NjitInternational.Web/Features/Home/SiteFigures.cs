namespace NjitInternational.Web.Features.Home;

/// <summary>The headline numbers, counted from published records only.</summary>
public sealed record SiteFigures(
    int Partners,
    int CountriesAndRegions,
    int Programmes,
    int Alliances,
    int VisitingProfessors);
