namespace NjitInternational.Web.Features.Media;

/// <summary>One record that uses an image, with the address of its edit page.</summary>
public sealed record MediaUsage(string Description, string EditPath);
