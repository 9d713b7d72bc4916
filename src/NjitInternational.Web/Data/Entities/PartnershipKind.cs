namespace NjitInternational.Web.Data.Entities;

/// <summary>The kinds of cooperation the source text names.</summary>
public enum PartnershipKind
{
    DegreeProgrammes,
    Exchange,
    CoursesAndInternships,
    Research,
}
