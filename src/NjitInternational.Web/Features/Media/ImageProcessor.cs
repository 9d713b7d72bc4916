using Microsoft.Extensions.Options;
using SkiaSharp;

namespace NjitInternational.Web.Features.Media;

/// <summary>One stored size of an image.</summary>
public sealed record ImageVariant(int Width, int Height, byte[] Webp);

/// <summary>What an upload became: its variants (ascending width), or why it was refused.</summary>
public sealed record ImageProcessingResult(SniffedFormat Format, IReadOnlyList<ImageVariant> Variants, string? Error)
{
    public bool Succeeded => Error is null;

    public static ImageProcessingResult Refused(SniffedFormat format, string error) => new(format, [], error);
}

/// <summary>
/// Checks an upload by its content and by decoding it completely (a file that only starts like
/// an image is refused), then re-encodes it: oriented upright, converted to sRGB, resized to the
/// configured widths (never enlarged) and written as WebP. Re-encoding from pixels drops every
/// piece of metadata (EXIF with camera, GPS position, time; XMP; comments).
/// </summary>
public sealed class ImageProcessor(IOptions<MediaOptions> options)
{
    private readonly MediaOptions _options = options.Value;

    public ImageProcessingResult Process(ReadOnlySpan<byte> data)
    {
        var format = ImageFormatSniffer.Detect(data);
        if (!ImageFormatSniffer.IsAccepted(format))
        {
            return ImageProcessingResult.Refused(format, RefusalFor(format));
        }

        using var encoded = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(encoded);
        if (codec is null || Expected(format) != codec.EncodedFormat)
        {
            return ImageProcessingResult.Refused(format, "This file could not be read as an image. It may be damaged; export it again as JPEG, PNG or WebP.");
        }

        var info = codec.Info;
        if (info.Width < 1 || info.Height < 1 || (long)info.Width * info.Height > _options.MaxPixels)
        {
            return ImageProcessingResult.Refused(format, $"The image is too large in pixels ({info.Width} × {info.Height}). Resize it to at most {_options.MaxPixels / 1_000_000} megapixels.");
        }

        if (codec.FrameCount > 1)
        {
            return ImageProcessingResult.Refused(format, "Animated images are not accepted. Upload a still JPEG, PNG or WebP image.");
        }

        var decodeInfo = new SKImageInfo(info.Width, info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, decoded.GetPixels());
        if (result != SKCodecResult.Success)
        {
            // IncompleteInput is a truncated file: the decoder filled the rest with blank pixels.
            return ImageProcessingResult.Refused(format, "The image is incomplete or damaged (it could not be decoded completely). Export it again and upload the new file.");
        }

        using var upright = Orient(decoded, codec.EncodedOrigin);
        var variants = new List<ImageVariant>();
        foreach (var width in TargetWidths(upright.Width))
        {
            var height = Math.Max(1, (int)Math.Round(upright.Height * (width / (double)upright.Width)));
            var bytes = width == upright.Width
                ? Encode(upright)
                : EncodeResized(upright, width, height);
            variants.Add(new ImageVariant(width, height, bytes));
        }

        return new ImageProcessingResult(format, variants, null);
    }

    /// <summary>The configured widths below the image's own, and the image's width capped at the largest.</summary>
    public IReadOnlyList<int> TargetWidths(int sourceWidth)
    {
        var widths = _options.Widths.Where(w => w > 0).Distinct().Order().ToList();
        var largest = widths.Count == 0 ? sourceWidth : Math.Min(sourceWidth, widths[^1]);
        return [.. widths.Where(w => w < largest), largest];
    }

    private static SKEncodedImageFormat Expected(SniffedFormat format) => format switch
    {
        SniffedFormat.Jpeg => SKEncodedImageFormat.Jpeg,
        SniffedFormat.Png => SKEncodedImageFormat.Png,
        _ => SKEncodedImageFormat.Webp,
    };

    private static string RefusalFor(SniffedFormat format) => format switch
    {
        SniffedFormat.Svg => "SVG files are not accepted (they can contain scripts). Upload a JPEG, PNG or WebP image.",
        SniffedFormat.Gif => "GIF files are not accepted. Upload a JPEG, PNG or WebP image.",
        SniffedFormat.Pdf => "This is a PDF document, not an image. Upload a JPEG, PNG or WebP image.",
        SniffedFormat.Html => "This is a web page (HTML), not an image. Upload a JPEG, PNG or WebP image.",
        SniffedFormat.Heic => "HEIC/AVIF images are not accepted yet. Export the photo as JPEG and upload that.",
        SniffedFormat.Bmp or SniffedFormat.Tiff => "BMP and TIFF files are not accepted. Export the image as JPEG, PNG or WebP.",
        _ => "This file is not a JPEG, PNG or WebP image (its content was checked, not its name).",
    };

    private byte[] EncodeResized(SKBitmap source, int width, int height)
    {
        using var resized = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return Encode(resized);
    }

    private byte[] Encode(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, _options.WebpQuality))
            ?? throw new InvalidOperationException("WebP encoding failed.");
        return data.ToArray();
    }

    /// <summary>Turns the pixels upright as the EXIF orientation says (the EXIF itself is not kept).</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source.Copy();
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var w = swap ? source.Height : source.Width;
        var h = swap ? source.Width : source.Height;
        // Skia's SkEncodedOriginToMatrix, in the destination's size.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1),
        };
        var result = new SKBitmap(new SKImageInfo(w, h, source.ColorType, source.AlphaType, source.ColorSpace));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        canvas.Flush();
        return result;
    }
}
