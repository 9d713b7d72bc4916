using System.Globalization;

namespace NjitInternational.Web.Features.Media;

/// <summary>
/// What a view needs to draw a library image: its key, the stored widths and the intrinsic size
/// (for width/height attributes, so nothing shifts while it loads) and the alt text.
/// </summary>
public sealed record MediaImage(Guid Key, string VariantWidths, int Width, int Height, string? AltText, bool IsDecorative)
{
    public IReadOnlyList<int> Widths => ParseWidths(VariantWidths);

    /// <summary>Empty for decorative images, so screen readers skip them.</summary>
    public string Alt => IsDecorative ? string.Empty : AltText ?? string.Empty;

    public static string UrlOf(Guid key, int width) =>
        string.Create(CultureInfo.InvariantCulture, $"/media/{key:N}/{width}.webp");

    public string Url(int width) => UrlOf(Key, width);

    /// <summary>The smallest stored width of at least <paramref name="wanted"/> (or the largest there is).</summary>
    public int WidthFor(int wanted)
    {
        var widths = Widths;
        return widths.FirstOrDefault(w => w >= wanted, widths.Count == 0 ? Width : widths[^1]);
    }

    public string SrcSet => string.Join(", ", Widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{Url(w)} {w}w")));

    public static IReadOnlyList<int> ParseWidths(string widths) =>
        [.. widths.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
            .Where(w => w > 0)
            .Order()];
}
