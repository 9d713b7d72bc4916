using SkiaSharp;

namespace NjitInternational.TestSupport;

/// <summary>Small real images made on the fly (and a few files that only pretend to be images).</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg);

    public static byte[] Webp(int width, int height) => Encode(width, height, SKEncodedImageFormat.Webp);

    public static byte[] Svg { get; } = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"u8.ToArray();

    public static byte[] Gif { get; } = [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B];

    public static byte[] Html { get; } = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray();

    /// <summary>A JPEG cut in half: it starts like an image but cannot be decoded completely.</summary>
    public static byte[] TruncatedJpeg(int width, int height)
    {
        var full = Jpeg(width, height);
        return full[..(full.Length / 2)];
    }

    /// <summary>A JPEG with an EXIF segment carrying a recognisable marker (as a camera's would carry GPS data).</summary>
    public static byte[] JpegWithExif(int width, int height, string marker)
    {
        var jpeg = Jpeg(width, height);
        // TIFF header (little-endian), one IFD with one ASCII ImageDescription (0x010E) entry pointing at the marker.
        var text = System.Text.Encoding.ASCII.GetBytes(marker + "\0");
        var tiff = new List<byte> { (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x0E, 0x01, 2, 0 };
        tiff.AddRange(BitConverter.GetBytes(text.Length));
        tiff.AddRange(BitConverter.GetBytes(26));
        tiff.AddRange([0, 0, 0, 0]);
        tiff.AddRange(text);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x1F, 0x3A, 0x5F));
            using var paint = new SKPaint { Color = new SKColor(0xE0, 0xA0, 0x20) };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
