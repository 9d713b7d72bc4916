using Microsoft.AspNetCore.Html;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.VisitingProfessors;

public sealed record VisitingProfessorDetail(
    string Slug,
    LocalizedText Name,
    LocalizedText? Title,
    LocalizedText? Honours,
    LocalizedText? HomeInstitution,
    LocalizedText? Field,
    IHtmlContent Biography,
    bool HasBiography,
    string? PhotoUrl,
    string? YearsOfVisits,
    NjitInternational.Web.Features.Media.MediaImage? Photo = null)
{
    public LocalizedText DisplayName => ProfessorNames.Display(Name, Title);
}
