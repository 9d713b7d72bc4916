namespace NjitInternational.Web.Models;

/// <summary>One step of a detail page's trail; the last step (the page itself) has no link.</summary>
public sealed record Breadcrumb(string Text, string? Href = null);
