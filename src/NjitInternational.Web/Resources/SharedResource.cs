namespace NjitInternational.Web.Resources;

/// <summary>
/// Marker type for the site's one set of interface strings. Views use <c>T["English text"]</c>;
/// the English text is the key, and translations go in SharedResource.{culture}.resx.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>, never instantiated.
public sealed class SharedResource
#pragma warning restore CA1052
{
}
