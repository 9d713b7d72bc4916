using System.Xml.Linq;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>The interface texts as the resource files hold them, so tests compare against the files, not against copied strings.</summary>
internal static class SiteResources
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ChineseValues = new(() => Load("SharedResource.zh-CN.resx"));

    /// <summary>The Chinese text of an interface key; throws when the file has no such key.</summary>
    public static string Chinese(string key) =>
        ChineseValues.Value.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"SharedResource.zh-CN.resx has no key '{key}'.");

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(FindRepoRoot(), "src", "NjitInternational.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value, StringComparer.Ordinal);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NjitInternational.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
