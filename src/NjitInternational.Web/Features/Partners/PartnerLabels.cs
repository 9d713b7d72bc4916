using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Partners;

/// <summary>
/// English display text of the partner enums. Views pass it through the localizer (the English
/// text is the resource key), so translations need no change here.
/// </summary>
public static class PartnerLabels
{
    public static string For(PartnershipKind kind) => kind switch
    {
        PartnershipKind.DegreeProgrammes => "Degree programmes",
        PartnershipKind.Exchange => "Exchange",
        PartnershipKind.CoursesAndInternships => "Courses and internships",
        PartnershipKind.Research => "Research",
        _ => kind.ToString(),
    };

    public static string For(WorldRegion region) => region switch
    {
        WorldRegion.NorthAmerica => "North America",
        WorldRegion.SouthAmerica => "South America",
        _ => region.ToString(),
    };
}
