namespace NjitInternational.Web.Features.Media;

public sealed record MediaDeletePage(int Id, MediaImage Image, string OriginalFileName, IReadOnlyList<MediaUsage> Usages, string? Message);
