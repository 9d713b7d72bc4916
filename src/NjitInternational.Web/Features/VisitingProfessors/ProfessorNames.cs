using NjitInternational.Web.Features.Localization;

namespace NjitInternational.Web.Features.VisitingProfessors;

public static class ProfessorNames
{
    /// <summary>Academic titles staff usually leave untranslated, in the Chinese a name takes after it.</summary>
    private static readonly Dictionary<string, string> ChineseTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Professor"] = "教授",
        ["Prof."] = "教授",
        ["Associate Professor"] = "副教授",
        ["Assistant Professor"] = "助理教授",
        ["Dr"] = "博士",
        ["Dr."] = "博士",
    };

    /// <summary>
    /// "Professor Shi Jianjun" in English, "史建军教授" in Chinese (name first, then the title, no
    /// space). A Chinese name with an untranslated common title ("Professor") takes that title's
    /// Chinese; otherwise the bare name when the title is in the other language.
    /// </summary>
    public static LocalizedText Display(LocalizedText name, LocalizedText? title)
    {
        ArgumentNullException.ThrowIfNull(name);
        var chinese = SiteCultures.Chinese.HtmlLang;
        if (title is not null && name.Lang == chinese && title.Lang != chinese
            && ChineseTitles.TryGetValue(title.Text.Trim(), out var chineseTitle))
        {
            return name with { Text = name.Text + chineseTitle };
        }

        if (title is null || title.Lang != name.Lang)
        {
            return name;
        }

        return name with { Text = name.Lang == SiteCultures.Chinese.HtmlLang ? name.Text + title.Text : $"{title.Text} {name.Text}" };
    }
}
