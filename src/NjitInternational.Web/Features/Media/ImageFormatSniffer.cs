namespace NjitInternational.Web.Features.Media;

/// <summary>What the first bytes of a file say it is (never the file's name or declared type).</summary>
public enum SniffedFormat
{
    Unknown,
    Jpeg,
    Png,
    Webp,
    Gif,
    Svg,
    Pdf,
    Html,
    Bmp,
    Tiff,
    Heic,
}

/// <summary>Recognises image formats by their magic bytes.</summary>
public static class ImageFormatSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeaderLength = 512;

    public static bool IsAccepted(SniffedFormat format) => format is SniffedFormat.Jpeg or SniffedFormat.Png or SniffedFormat.Webp;

    public static SniffedFormat Detect(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return SniffedFormat.Jpeg;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffedFormat.Png;
        }

        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return SniffedFormat.Webp;
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return SniffedFormat.Gif;
        }

        if (data.StartsWith("%PDF-"u8))
        {
            return SniffedFormat.Pdf;
        }

        if (data.StartsWith("BM"u8))
        {
            return SniffedFormat.Bmp;
        }

        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
        {
            return SniffedFormat.Tiff;
        }

        if (data.Length >= 12 && data[4..8].SequenceEqual("ftyp"u8))
        {
            return SniffedFormat.Heic;
        }

        return LooksLikeMarkup(data);
    }

    /// <summary>SVG and HTML are text: look past a byte-order mark and white space for the first tag.</summary>
    private static SniffedFormat LooksLikeMarkup(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, HeaderLength)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart().ToLowerInvariant();
        if (!text.StartsWith('<'))
        {
            return SniffedFormat.Unknown;
        }

        if (text.Contains("<svg", StringComparison.Ordinal))
        {
            return SniffedFormat.Svg;
        }

        return text.StartsWith("<?xml", StringComparison.Ordinal) ? SniffedFormat.Svg : SniffedFormat.Html;
    }
}
