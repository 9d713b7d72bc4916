namespace NjitInternational.Web.Models;

/// <summary>What the layout needs from every page: title, description and canonical path.</summary>
public sealed record PageMetadata(string Title, string? Description = null, string? CanonicalPath = null);
