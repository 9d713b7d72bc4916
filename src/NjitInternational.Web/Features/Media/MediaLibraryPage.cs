namespace NjitInternational.Web.Features.Media;

public sealed record MediaLibraryPage(IReadOnlyList<MediaListItem> Items, int TotalCount);
