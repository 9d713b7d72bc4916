namespace NjitInternational.Web.Features.Media;

/// <summary>"Media" configuration: uploads and where the library's files are kept.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>The largest accepted upload: 5 MB.</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Folder of the stored images; relative paths are resolved against the content root (outside wwwroot).</summary>
    public string StoragePath { get; set; } = "App_Data/media";

    /// <summary>The widths the site's layouts use; an image is never scaled up to reach one.</summary>
    public IReadOnlyList<int> Widths { get; set; } = [320, 640, 1280];

    /// <summary>Images with more pixels than this are refused before decoding (decompression bombs): 40 megapixels.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>WebP quality (0–100) of the stored variants.</summary>
    public int WebpQuality { get; set; } = 82;

    /// <summary>The upload endpoint's request limit: the file plus room for the form's other fields.</summary>
    public long UploadRequestLimitBytes => MaxUploadBytes + (1024 * 1024);
}
