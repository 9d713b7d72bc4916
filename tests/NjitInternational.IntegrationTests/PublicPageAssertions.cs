using System.Text.Json;
using AngleSharp.Dom;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

/// <summary>Small readers shared by the professors, conferences, pages and search tests.</summary>
internal static class PublicPageAssertions
{
    /// <summary>Parses every JSON-LD block of the page and returns the one of <paramref name="type"/>.</summary>
    public static JsonElement JsonLdOfType(IDocument page, string type)
    {
        var blocks = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .ToList();
        Assert.NotEmpty(blocks);
        return Assert.Single(blocks, b => b.GetProperty("@type").GetString() == type);
    }

    public static string? Canonical(IDocument page) =>
        page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

    public static IReadOnlyList<string> Breadcrumbs(IDocument page) =>
        page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.NormalizedText()).ToList();
}
