using Microsoft.AspNetCore.Html;
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

public static class ProfessorNames
{
    /// <summary>"Professor Shi Jianjun" in English, "史建军教授" in Chinese; the bare name when the title is in the other language.</summary>
    public static LocalizedText Display(LocalizedText name, LocalizedText? title)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (title is null || title.Lang != name.Lang)
        {
            return name;
        }

        return name with { Text = name.Lang == SiteCultures.Chinese.HtmlLang ? name.Text + title.Text : $"{title.Text} {name.Text}" };
    }
}

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
