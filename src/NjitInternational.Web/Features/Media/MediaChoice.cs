namespace NjitInternational.Web.Features.Media;

/// <summary>An option of the media picker on the edit forms.</summary>
public sealed record MediaChoice(int Id, string Label, string ThumbnailUrl);
