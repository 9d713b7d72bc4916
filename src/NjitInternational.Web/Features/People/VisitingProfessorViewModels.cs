using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.People;

public sealed record VisitingProfessorListItem(
    string Slug,
    string Name,
    string? Title,
    string? Honours,
    string? HomeInstitution,
    string? Field)
{
    /// <summary>"Professor Shi Jianjun", or the bare name when no title is recorded.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Title) ? Name : $"{Title} {Name}";
}

public sealed record VisitingProfessorDetail(
    string Slug,
    string Name,
    string? Title,
    string? Honours,
    string? HomeInstitution,
    string? Field,
    IHtmlContent Biography,
    bool HasBiography,
    string? PhotoUrl,
    string? YearsOfVisits,
    NjitInternational.Web.Features.Media.MediaImage? Photo = null)
{
    public string DisplayName => string.IsNullOrWhiteSpace(Title) ? Name : $"{Title} {Name}";
}
