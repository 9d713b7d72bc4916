using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using NjitInternational.Web.Resources;

namespace NjitInternational.Web.Features.PartnerMap;

/// <summary>A shade of the map: partner counts from <see cref="Min"/> to <see cref="Max"/> (null: no upper bound).</summary>
public sealed record MapBucket(int Index, int Min, int? Max, string Label);

/// <summary>
/// Renders the partner map as inline SVG on the server: the cached grey base layer, then each
/// country with partners as a keyboard-focusable link to the filtered directory, shaded by bucket.
/// Colours live in site.css (<c>.map-bucket-N</c>), so no inline styles are needed.
/// </summary>
public sealed class PartnerMapRenderer(WorldMap map, IStringLocalizer<SharedResource> localizer)
{
    public IReadOnlyList<MapBucket> Buckets { get; } =
    [
        new(1, 1, 1, "1"),
        new(2, 2, 4, "2–4"),
        new(3, 5, 9, "5–9"),
        new(4, 10, null, "10+"),
    ];

    public MapBucket BucketFor(int count) => Buckets.Last(b => count >= b.Min);

    public string AccessibleName(string countryName, int count) =>
        count == 1
            ? localizer["{0}: {1} partner", countryName, count].Value
            : localizer["{0}: {1} partners", countryName, count].Value;

    public IHtmlContent Render(IReadOnlyList<CountryPartnerCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byIso = counts.Where(c => c.Count > 0).ToDictionary(c => c.IsoCode, StringComparer.Ordinal);
        var encoder = HtmlEncoder.Default;
        var svg = new StringBuilder(map.BaseLayer.Length + 4096);
        svg.Append("<svg class=\"world-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
            .Append(map.ViewBox)
            .Append("\" role=\"group\" aria-label=\"")
            .Append(encoder.Encode(localizer["World map of partner institutions"].Value))
            .Append("\">")
            .Append(map.BaseLayer)
            .Append("<g class=\"map-partners\">");

        foreach (var feature in map.Features)
        {
            if (!byIso.TryGetValue(feature.Iso2, out var country))
            {
                continue;
            }

            var name = encoder.Encode(AccessibleName(country.Name, country.Count));
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"/{Localization.SiteCultures.Current.Segment}/partners?country={feature.Iso2}\" class=\"map-bucket-{BucketFor(country.Count).Index}\" aria-label=\"{name}\">")
                .Append("<title>").Append(name).Append("</title>")
                .Append("<path d=\"").Append(encoder.Encode(feature.D)).Append("\"/>");
            if (feature.Tiny)
            {
                // Too small to see or click at any width: add a round marker that is.
                var (x, y) = WorldMap.MarkerPoint(feature);
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"map-marker\" cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"6\"/>");
            }

            svg.Append("</a>");
        }

        svg.Append("</g></svg>");
        return new HtmlString(svg.ToString());
    }
}
