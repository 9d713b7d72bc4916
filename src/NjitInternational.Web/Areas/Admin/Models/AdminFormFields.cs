using System.Globalization;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Areas.Admin.Models;

/// <summary>
/// One labelled field with its error message next to it, the same way on every edit form, so the
/// seven forms do not repeat the markup.
/// </summary>
public static class AdminFormFields
{
    public const string PreviewsKey = "MarkdownPreviews";

    public static IHtmlContent TextField<TModel, TValue>(this IHtmlHelper<TModel> html, Expression<Func<TModel, TValue>> field, string? hint = null, string type = "text", string? lang = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var name = html.NameFor(field);
        var format = typeof(TValue) == typeof(DateOnly?) || typeof(TValue) == typeof(DateOnly) ? "{0:yyyy-MM-dd}" : null;
        var input = html.TextBoxFor(field, format, Attributes(name, hint, new() { ["type"] = type, ["lang"] = lang }));
        return Field(html, field, input, hint);
    }

    public static IHtmlContent TextAreaField<TModel, TValue>(this IHtmlHelper<TModel> html, Expression<Func<TModel, TValue>> field, int rows = 4, string? hint = null, string? lang = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var name = html.NameFor(field);
        var area = html.TextAreaFor(field, rows, 60, Attributes(name, hint, new() { ["lang"] = lang }));
        var builder = new HtmlContentBuilder().AppendHtml(area);
        if (typeof(TModel).GetProperty(name)?.GetCustomAttributes(typeof(MarkdownAttribute), false).Length > 0)
        {
            builder.AppendHtml(MarkdownPreview(html, name));
        }

        return Field(html, field, builder, hint);
    }

    public static IHtmlContent SelectField<TModel, TValue>(this IHtmlHelper<TModel> html, Expression<Func<TModel, TValue>> field, IEnumerable<SelectListItem> items, string? optionLabel = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var select = html.DropDownListFor(field, items, optionLabel, Attributes(html.NameFor(field), null, []));
        return Field(html, field, select, null);
    }

    public static IHtmlContent CheckboxField<TModel>(this IHtmlHelper<TModel> html, Expression<Func<TModel, bool>> field)
    {
        ArgumentNullException.ThrowIfNull(html);
        var div = new TagBuilder("div");
        div.AddCssClass("field field-check");
        div.InnerHtml.AppendHtml(html.CheckBoxFor(field));
        div.InnerHtml.AppendHtml(html.LabelFor(field));
        return div;
    }

    /// <summary>A group of checkboxes (several values for one field) in a fieldset with a legend.</summary>
    public static IHtmlContent CheckboxListField<TModel, TItem>(this IHtmlHelper<TModel> html, Expression<Func<TModel, IEnumerable<TItem>>> field, IEnumerable<SelectListItem> items)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(items);
        var name = html.NameFor(field);
        HashSet<string> attempted = html.ViewData.ModelState.TryGetValue(name, out var state) && state.RawValue is not null
            ? state.RawValue switch
            {
                string[] values => [.. values],
                string value => [value],
                _ => [],
            }
            : GetValues(html, field);

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("field checkbox-list");
        var legend = new TagBuilder("legend");
        legend.InnerHtml.AppendHtml(html.DisplayNameFor(field));
        fieldset.InnerHtml.AppendHtml(legend);
        var index = 0;
        foreach (var item in items)
        {
            var id = $"{html.IdFor(field)}_{index++}";
            var label = new TagBuilder("label");
            label.Attributes["for"] = id;
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.Attributes["type"] = "checkbox";
            input.Attributes["id"] = id;
            input.Attributes["name"] = name;
            input.Attributes["value"] = item.Value;
            if (attempted.Contains(item.Value))
            {
                input.Attributes["checked"] = "checked";
            }

            var row = new TagBuilder("div");
            row.AddCssClass("check");
            row.InnerHtml.AppendHtml(input);
            label.InnerHtml.Append(item.Text);
            row.InnerHtml.AppendHtml(label);
            fieldset.InnerHtml.AppendHtml(row);
        }

        fieldset.InnerHtml.AppendHtml(html.ValidationMessageFor(field, null, new { @class = "field-error" }));
        return fieldset;
    }

    /// <summary>Select options for an enum with readable labels.</summary>
    public static IEnumerable<SelectListItem> EnumOptions<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(EnumLabel(v), v.ToString()));

    public static string EnumLabel(Enum value) => value switch
    {
        WorldRegion.NorthAmerica => "North America",
        WorldRegion.SouthAmerica => "South America",
        ProgrammeDirection.Outbound => "NJIT students going abroad",
        ProgrammeDirection.Inbound => "International students coming to NJIT",
        ProgrammeDirection.Both => "Both",
        _ => Humanise(value.ToString()),
    };

    private static HashSet<string> GetValues<TModel, TItem>(IHtmlHelper<TModel> html, Expression<Func<TModel, IEnumerable<TItem>>> field) =>
        html.ViewData.Model is { } model
            ? field.Compile()(model).Select(v => v is IConvertible c ? c.ToString(CultureInfo.InvariantCulture) : v?.ToString() ?? string.Empty).ToHashSet()
            : [];

    private static string Humanise(string pascal)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(pascal, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static Dictionary<string, object?> Attributes(string name, string? hint, Dictionary<string, object?> extra)
    {
        if (hint is not null)
        {
            extra["aria-describedby"] = $"{name}-hint";
        }

        // An empty lang="" would declare the text's language unknown; English fields inherit the page's.
        foreach (var key in extra.Where(e => e.Value is null).Select(e => e.Key).ToList())
        {
            extra.Remove(key);
        }

        return extra;
    }

    private static TagBuilder Field<TModel, TValue>(IHtmlHelper<TModel> html, Expression<Func<TModel, TValue>> field, IHtmlContent control, string? hint)
    {
        var div = new TagBuilder("div");
        div.AddCssClass("field");
        div.InnerHtml.AppendHtml(html.LabelFor(field));
        if (hint is not null)
        {
            var p = new TagBuilder("p");
            p.AddCssClass("hint");
            p.Attributes["id"] = $"{html.NameFor(field)}-hint";
            p.InnerHtml.Append(hint);
            div.InnerHtml.AppendHtml(p);
        }

        div.InnerHtml.AppendHtml(html.ValidationMessageFor(field, null, new { @class = "field-error" }));
        div.InnerHtml.AppendHtml(control);
        return div;
    }

    /// <summary>
    /// A Preview button and the place the sanitised HTML appears. Without script the button
    /// submits the form with preview=field and the page comes back with the preview filled in.
    /// </summary>
    private static IHtmlContent MarkdownPreview<TModel>(IHtmlHelper<TModel> html, string name)
    {
        var previews = html.ViewData[PreviewsKey] as IDictionary<string, IHtmlContent>;
        var rendered = previews?.TryGetValue(name, out var r) == true ? r : null;

        var button = new TagBuilder("button");
        button.AddCssClass("button button-secondary md-preview-button");
        button.Attributes["type"] = "submit";
        button.Attributes["name"] = "preview";
        button.Attributes["value"] = name;
        button.Attributes["formnovalidate"] = "formnovalidate";
        button.Attributes["data-md-field"] = name;
        button.Attributes["aria-controls"] = $"{name}-preview";
        button.InnerHtml.Append("Preview");

        var output = new TagBuilder("section");
        output.AddCssClass("md-preview");
        output.Attributes["id"] = $"{name}-preview";
        output.Attributes["aria-live"] = "polite";
        output.Attributes["aria-label"] = "Preview";
        if (rendered is null)
        {
            output.Attributes["hidden"] = "hidden";
        }

        var body = new TagBuilder("div");
        body.AddCssClass("md-preview-body prose");
        if (rendered is not null)
        {
            body.InnerHtml.AppendHtml(rendered);
        }

        output.InnerHtml.AppendHtml(body);
        return new HtmlContentBuilder().AppendHtml(button).AppendHtml(output);
    }
}
