using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.VisitingProfessors;

public sealed record VisitingProfessorListItem(
    string Slug,
    LocalizedText Name,
    LocalizedText? Title,
    LocalizedText? Honours,
    LocalizedText? HomeInstitution,
    LocalizedText? Field)
{
    /// <summary>"Professor Shi Jianjun", or the bare name when no title is recorded.</summary>
    public LocalizedText DisplayName => ProfessorNames.Display(Name, Title);
}
