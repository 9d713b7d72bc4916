using Microsoft.Extensions.Options;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Media;
using SkiaSharp;

namespace NjitInternational.UnitTests.Media;

public class ImageValidationTests
{
    private static ImageProcessor Processor(params int[] widths) =>
        new(Options.Create(new MediaOptions { Widths = widths.Length == 0 ? [320, 640, 1280] : widths }));

    [Theory]
    [InlineData("png", SniffedFormat.Png)]
    [InlineData("jpeg", SniffedFormat.Jpeg)]
    [InlineData("webp", SniffedFormat.Webp)]
    [InlineData("svg", SniffedFormat.Svg)]
    [InlineData("gif", SniffedFormat.Gif)]
    [InlineData("html", SniffedFormat.Html)]
    [InlineData("pdf", SniffedFormat.Pdf)]
    [InlineData("text", SniffedFormat.Unknown)]
    public void Sniffer_RecognisesFormats_ByTheirFirstBytes(string kind, SniffedFormat expected)
    {
        var bytes = kind switch
        {
            "png" => TestImages.Png(4, 4),
            "jpeg" => TestImages.Jpeg(4, 4),
            "webp" => TestImages.Webp(4, 4),
            "svg" => TestImages.Svg,
            "gif" => TestImages.Gif,
            "html" => TestImages.Html,
            "pdf" => "%PDF-1.7\n"u8.ToArray(),
            _ => "Name,Slug\n"u8.ToArray(),
        };

        Assert.Equal(expected, ImageFormatSniffer.Detect(bytes));
    }

    [Fact]
    public void Sniffer_FindsSvg_AfterAByteOrderMarkAndWhiteSpace() =>
        Assert.Equal(SniffedFormat.Svg, ImageFormatSniffer.Detect([0xEF, 0xBB, 0xBF, .. "\n  <svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8]));

    [Fact]
    public void Process_MakesWebpVariants_AtTheConfiguredWidths_NeverLarger()
    {
        var result = Processor().Process(TestImages.Png(1000, 500));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([320, 640, 1000], result.Variants.Select(v => v.Width));
        Assert.Equal([160, 320, 500], result.Variants.Select(v => v.Height));
        Assert.All(result.Variants, v => Assert.Equal(SniffedFormat.Webp, ImageFormatSniffer.Detect(v.Webp)));
        using var decoded = SKBitmap.Decode(result.Variants[^1].Webp);
        Assert.Equal((1000, 500), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Process_KeepsASmallImageAtItsOwnSize()
    {
        var result = Processor().Process(TestImages.Jpeg(200, 100));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((200, 100), (result.Variants.Single().Width, result.Variants.Single().Height));
    }

    [Fact]
    public void Process_CapsALargeImageAtTheLargestWidth()
    {
        var result = Processor().Process(TestImages.Webp(2000, 1000));

        Assert.Equal([320, 640, 1280], result.Variants.Select(v => v.Width));
        Assert.Equal(640, result.Variants[^1].Height);
    }

    [Fact]
    public void Process_RefusesSvg_WithAClearMessage()
    {
        var result = Processor().Process(TestImages.Svg);

        Assert.False(result.Succeeded);
        Assert.Contains("SVG", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Variants);
    }

    [Fact]
    public void Process_RefusesATruncatedJpeg()
    {
        var result = Processor().Process(TestImages.TruncatedJpeg(400, 300));

        Assert.False(result.Succeeded);
        Assert.Contains("incomplete or damaged", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RefusesBytesThatOnlyStartLikeAPng()
    {
        byte[] fake = [.. TestImages.Png(8, 8)[..16], .. new byte[200]];

        Assert.False(Processor().Process(fake).Succeeded);
    }

    [Fact]
    public void Process_DropsExifMetadata()
    {
        var original = TestImages.JpegWithExif(300, 200, "SECRET-GPS-MARKER");
        Assert.Contains("SECRET-GPS-MARKER", System.Text.Encoding.ASCII.GetString(original), StringComparison.Ordinal);

        var result = Processor().Process(original);

        Assert.True(result.Succeeded, result.Error);
        Assert.All(result.Variants, v =>
        {
            var text = System.Text.Encoding.ASCII.GetString(v.Webp);
            Assert.DoesNotContain("SECRET-GPS-MARKER", text, StringComparison.Ordinal);
            Assert.DoesNotContain("EXIF", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Process_RefusesAnImageWithTooManyPixels_BeforeDecoding()
    {
        var processor = new ImageProcessor(Options.Create(new MediaOptions { MaxPixels = 10_000 }));

        var result = processor.Process(TestImages.Png(200, 100));

        Assert.False(result.Succeeded);
        Assert.Contains("too large in pixels", result.Error, StringComparison.Ordinal);
    }
}
