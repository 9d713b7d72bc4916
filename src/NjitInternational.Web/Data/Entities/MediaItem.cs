namespace NjitInternational.Web.Data.Entities;

/// <summary>
/// An image in the media library. The files live in <see cref="Features.Media.IMediaStorage"/> under
/// <see cref="Key"/> (one WebP per width in <see cref="VariantWidths"/>), never under the uploaded name.
/// Not a <see cref="ContentEntity"/>: an image has no publication status; it is public once a
/// published record uses it. Uploads and deletions are written to the audit log by the media library.
/// </summary>
public class MediaItem
{
    public int Id { get; set; }

    /// <summary>The storage name and the address segment (/media/{key}/{width}.webp): immutable.</summary>
    public Guid Key { get; set; }

    /// <summary>The uploaded file's name, shown to staff only to recognise the image.</summary>
    public string OriginalFileName { get; set; } = string.Empty;

    /// <summary>Required unless <see cref="IsDecorative"/>.</summary>
    public string? AltText { get; set; }

    public bool IsDecorative { get; set; }

    /// <summary>"jpeg", "png" or "webp": what the uploaded bytes were.</summary>
    public string SourceFormat { get; set; } = string.Empty;

    /// <summary>Size of the largest stored variant (after orientation), in pixels.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Stored widths in ascending order, comma-separated, e.g. "320,640,1280".</summary>
    public string VariantWidths { get; set; } = string.Empty;

    public long UploadedBytes { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public string? UploadedBy { get; set; }
}
