namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>Marks a Markdown field: the edit form offers a preview and the preview page renders it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute
{
}
