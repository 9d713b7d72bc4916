using System.Globalization;
using System.Xml;

namespace NjitInternational.Web.Features.PartnerMap;

/// <summary>The user-space size of an SVG file: its viewBox, else its width and height.</summary>
public static class SvgSize
{
    /// <returns>Null when read, else why not.</returns>
    public static string? TryRead(string path, out double width, out double height)
    {
        width = height = 0;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return "the file is not an SVG image (its root element is not <svg>).";
            }

            var viewBox = reader.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (viewBox is { Length: 4 } && Number(viewBox[2]) is { } w && Number(viewBox[3]) is { } h)
            {
                (width, height) = (w, h);
            }
            else if (Number(reader.GetAttribute("width")) is { } w2 && Number(reader.GetAttribute("height")) is { } h2)
            {
                (width, height) = (w2, h2);
            }

            return width > 0 && height > 0 ? null : "the SVG needs a viewBox (or a numeric width and height) to place markers on it.";
        }
        catch (XmlException ex)
        {
            return $"the file is not well-formed XML ({ex.Message}).";
        }
    }

    private static double? Number(string? value) =>
        double.TryParse(value?.Trim().Replace("px", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}
