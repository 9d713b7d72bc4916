using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

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
public sealed partial class WorldMap
{
    private const string ResourceName = "NjitInternational.Web.Features.PartnerMap.world-map.json";

    private WorldMap(string viewBox, IReadOnlyList<WorldMapFeature> features)
    {
        ViewBox = viewBox;
        Features = features;
        BaseLayer = BuildBaseLayer(features);
        _bounds = features.ToDictionary(f => f.Iso2, f => Bounds(f.D), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, MapBounds> _bounds;

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

    /// <summary>
    /// A small locator map for one country: the area around it (its extent plus a margin, at least a
    /// region's width), drawing only the features in view, with the country highlighted. A few
    /// kilobytes instead of the whole map. Null when the map has no such feature.
    /// </summary>
    public string? RenderLocator(string iso2, string accessibleName)
    {
        if (!_bounds.TryGetValue(iso2, out var target))
        {
            return null;
        }

        const double MinSpan = 120;
        var width = Math.Max(target.Width + 60, MinSpan);
        var height = Math.Max(target.Height + 40, MinSpan * 0.6);
        var view = new MapBounds(target.CenterX - (width / 2), target.CenterY - (height / 2), target.CenterX + (width / 2), target.CenterY + (height / 2));
        var svg = new StringBuilder(16_384);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"locator-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{view.MinX:0.#} {view.MinY:0.#} {view.Width:0.#} {view.Height:0.#}\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(accessibleName)}\">");
        // A very large country (the United States with Alaska, Russia) is recognisable alone, and
        // its neighbourhood would be most of the map.
        var withNeighbours = view.Width <= 300;
        foreach (var feature in Features)
        {
            if (withNeighbours && feature.Iso2 != iso2 && _bounds[feature.Iso2].Intersects(view))
            {
                svg.Append("<path d=\"").Append(HtmlEncoder.Default.Encode(feature.D)).Append("\"/>");
            }
        }

        var highlighted = Features.First(f => f.Iso2 == iso2);
        svg.Append("<path class=\"locator-country\" d=\"").Append(HtmlEncoder.Default.Encode(highlighted.D)).Append("\"/>");
        if (highlighted.Tiny || target.Width < MinSpan / 40)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"locator-country\" cx=\"{target.CenterX:0.#}\" cy=\"{target.CenterY:0.#}\" r=\"3\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static MapBounds Bounds(string d)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        double x = 0, y = 0;
        var command = 'M';
        var tokens = PathToken().Matches(d).Select(m => m.Value).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "M" or "l" or "z")
            {
                command = tokens[i][0];
                continue;
            }

            var a = double.Parse(tokens[i], CultureInfo.InvariantCulture);
            var b = double.Parse(tokens[++i], CultureInfo.InvariantCulture);
            (x, y) = command == 'M' ? (a, b) : (x + a, y + b);
            minX = Math.Min(minX, x);
            minY = Math.Min(minY, y);
            maxX = Math.Max(maxX, x);
            maxY = Math.Max(maxY, y);
        }

        return new MapBounds(minX, minY, maxX, maxY);
    }

    [GeneratedRegex(@"[Mlz]|-?(?:\d+\.?\d*|\.\d+)")]
    private static partial Regex PathToken();

    private readonly record struct MapBounds(double MinX, double MinY, double MaxX, double MaxY)
    {
        public double Width => MaxX - MinX;

        public double Height => MaxY - MinY;

        public double CenterX => (MinX + MaxX) / 2;

        public double CenterY => (MinY + MaxY) / 2;

        public bool Intersects(MapBounds other) =>
            MinX <= other.MaxX && MaxX >= other.MinX && MinY <= other.MaxY && MaxY >= other.MinY;
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
