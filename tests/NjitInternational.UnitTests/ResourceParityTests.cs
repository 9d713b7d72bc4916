using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NjitInternational.UnitTests;

/// <summary>Every interface string used by the public site exists in English and Chinese, and the two files hold the same keys.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly string WebRoot = Path.Combine(FindRepoRoot(), "src", "NjitInternational.Web");

    [Fact]
    public void EnglishAndChineseResources_HaveTheSameKeys()
    {
        var english = Keys("SharedResource.en.resx");
        var chinese = Keys("SharedResource.zh-CN.resx");
        Assert.Empty(english.Except(chinese));
        Assert.Empty(chinese.Except(english));
    }

    [Fact]
    public void EveryKeyUsedInPublicViewsAndCode_IsInBothLanguages()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(WebRoot, "Views"), "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(WebRoot, "Controllers"), "*.cs"))
            .Concat(Directory.EnumerateFiles(Path.Combine(WebRoot, "Features"), "*.cs", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            foreach (Match match in LocalizerCall().Matches(File.ReadAllText(file)))
            {
                used.Add(Regex.Unescape(match.Groups[1].Value));
            }
        }

        // Keys passed as values rather than literals.
        foreach (var kind in Enum.GetValues<Web.Data.Entities.PartnershipKind>())
        {
            used.Add(Web.Features.Partners.PartnerLabels.For(kind));
        }

        foreach (var region in Enum.GetValues<Web.Data.Entities.WorldRegion>())
        {
            used.Add(Web.Features.Partners.PartnerLabels.For(region));
        }

        foreach (var kind in Enum.GetValues<Web.Data.Entities.ProgrammeKind>())
        {
            used.Add(Web.Features.Programmes.ProgrammeLabels.KindLabel(kind));
            used.Add(Web.Features.Programmes.ProgrammeLabels.KindPluralLabel(kind));
        }

        foreach (var direction in Enum.GetValues<Web.Features.Programmes.DirectionFilter>())
        {
            used.Add(Web.Features.Programmes.ProgrammeLabels.DirectionLabel(direction));
        }

        foreach (var direction in Enum.GetValues<Web.Data.Entities.ProgrammeDirection>())
        {
            used.Add(Web.Features.Programmes.ProgrammeLabels.AudienceLabel(direction)!);
        }

        used.UnionWith(Web.Features.Localization.ModelBindingMessages.Keys);
        foreach (var property in typeof(Web.Features.Enquiries.EnquiryInput).GetProperties())
        {
            foreach (var attribute in property.GetCustomAttributes(true))
            {
                switch (attribute)
                {
                    case System.ComponentModel.DataAnnotations.DisplayAttribute { Name: { } name }:
                        used.Add(name);
                        break;
                    case System.ComponentModel.DataAnnotations.ValidationAttribute { ErrorMessage: { } message }:
                        used.Add(message);
                        break;
                }
            }
        }

        Assert.True(used.Count > 200, $"only {used.Count} keys found: the scan is broken");
        Assert.Empty(used.Except(Keys("SharedResource.en.resx")).Order(StringComparer.Ordinal));
        Assert.Empty(used.Except(Keys("SharedResource.zh-CN.resx")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ChineseResources_AreTranslated()
    {
        var chinese = XDocument.Load(Path.Combine(WebRoot, "Resources", "SharedResource.zh-CN.resx")).Root!.Elements("data").ToList();
        var untranslated = chinese.Where(d => !HanCharacter().IsMatch(d.Element("value")!.Value)).Select(d => d.Attribute("name")!.Value).ToList();
        Assert.Empty(untranslated);
    }

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(WebRoot, "Resources", file)).Root!.Elements("data")
            .Select(d => d.Attribute("name")!.Value).ToHashSet(StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NjitInternational.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex("""(?:\bT|[lL]ocalizer)\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
