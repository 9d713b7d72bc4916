using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using NjitInternational.Web.Areas.Admin.Models;
using NjitInternational.Web.Features.Content;

namespace NjitInternational.Web.Areas.Admin.Services;

/// <summary>
/// Reads the fields of an edit input model, so the conflict and preview pages work for every
/// content type without a copy per type.
/// </summary>
public sealed class ContentFieldReader(MarkdownRenderer markdown)
{
    public static IEnumerable<PropertyInfo> Fields(Type inputType) =>
        inputType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    public static string Label(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name;

    /// <summary>How a value reads on the conflict page.</summary>
    public static string Describe(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "Yes" : "No",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(Describe).Order(StringComparer.Ordinal)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The form fields that post <paramref name="input"/> back unchanged (one per list item).</summary>
    public static IEnumerable<KeyValuePair<string, string>> FormValues(object input)
    {
        foreach (var property in Fields(input.GetType()))
        {
            var value = property.GetValue(input);
            if (value is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    yield return new(property.Name, Describe(item));
                }
            }
            else if (value is bool b)
            {
                yield return new(property.Name, b ? "true" : "false");
            }
            else if (value is not null)
            {
                yield return new(property.Name, Describe(value));
            }
        }
    }

    public static IReadOnlyList<ConflictRow> CompareRows(object? mine, object? current, Type inputType) =>
        Fields(inputType)
            .Select(p => new ConflictRow(
                Label(p),
                mine is null ? null : Describe(p.GetValue(mine)),
                current is null ? null : Describe(p.GetValue(current))))
            .ToList();

    public IReadOnlyList<PreviewField> PreviewFields(object input) =>
        Fields(input.GetType())
            .Select(p => p.GetCustomAttribute<MarkdownAttribute>() is null
                ? new PreviewField(Label(p), Describe(p.GetValue(input)), null)
                : new PreviewField(Label(p), null, markdown.Render(p.GetValue(input) as string)))
            .Where(f => !string.IsNullOrEmpty(f.Text) || f.Html is not null)
            .ToList();

    public Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent> MarkdownPreview(object input, string field)
    {
        var property = Fields(input.GetType()).FirstOrDefault(p => p.Name == field && p.GetCustomAttribute<MarkdownAttribute>() is not null);
        return property is null ? [] : new() { [field] = markdown.Render(property.GetValue(input) as string) };
    }
}
