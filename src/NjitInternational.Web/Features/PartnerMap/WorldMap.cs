using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NjitInternational.Web.Features.PartnerMap;

/// <summary>One country or region of the embedded world map (tools/world-map/README.md).</summary>
public sealed record WorldMapFeature(
    [property: JsonPropertyName("iso2")] string Iso2,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("d")] string D,
    [property: JsonPropertyName("tiny")] bool Tiny = false,
    [property: JsonPropertyName("pseudo")] bool Pseudo = false);

/// <summary>
/// The world map, read once from the embedded <c>world-map.json</c> (Natural Earth, public domain).
/// The grey base layer of all 240 features is built once and reused: a request only adds the
/// few shaded countries on top.
/// </summary>
public sealed class WorldMap
{
    private const string ResourceName = "NjitInternational.Web.Features.PartnerMap.world-map.json";

    private WorldMap(string viewBox, IReadOnlyList<WorldMapFeature> features)
    {
        ViewBox = viewBox;
        Features = features;
        BaseLayer = BuildBaseLayer(features);
    }

    public string ViewBox { get; }

    /// <summary>Largest first, so painting in order leaves small countries on top.</summary>
    public IReadOnlyList<WorldMapFeature> Features { get; }

    /// <summary>Every feature in the "no partners" colour, hidden from assistive technology.</summary>
    public string BaseLayer { get; }

    public static WorldMap LoadEmbedded()
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<MapFile>(stream)
            ?? throw new InvalidOperationException("world-map.json is empty.");
        return new WorldMap(file.ViewBox, file.Features);
    }

    /// <summary>
    /// A point to put a marker on for a feature too small to see or click (e.g. Singapore): the
    /// start of its first ring, which for these 2-unit shapes is on the shape.
    /// </summary>
    public static (double X, double Y) MarkerPoint(WorldMapFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var parts = feature.D[1..].Split(['l', 'z', 'M'], 2)[0].Replace("-", " -", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string BuildBaseLayer(IReadOnlyList<WorldMapFeature> features)
    {
        var svg = new StringBuilder(180_000);
        svg.Append("<g class=\"map-base\" aria-hidden=\"true\">");
        foreach (var feature in features)
        {
            svg.Append("<path d=\"").Append(HtmlEncoder.Default.Encode(feature.D)).Append("\"/>");
        }

        svg.Append("</g>");
        return svg.ToString();
    }

    private sealed record MapFile(
        [property: JsonPropertyName("viewBox")] string ViewBox,
        [property: JsonPropertyName("features")] List<WorldMapFeature> Features);
}
