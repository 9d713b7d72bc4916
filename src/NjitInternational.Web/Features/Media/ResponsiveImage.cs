namespace NjitInternational.Web.Features.Media;

/// <summary>How a view places a library image: the sizes attribute and the width of the fallback src.</summary>
public sealed record ResponsiveImage(MediaImage Image, string Sizes, int FallbackWidth, string? CssClass = null);
