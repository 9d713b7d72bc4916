namespace NjitInternational.Web.Features.Media;

public sealed record MediaListItem(
    int Id,
    MediaImage Image,
    string OriginalFileName,
    string SourceFormat,
    long UploadedBytes,
    DateTime UploadedAtUtc,
    string? UploadedBy,
    int UsageCount);
