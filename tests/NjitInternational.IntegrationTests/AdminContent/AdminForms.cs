using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.AdminContent;

/// <summary>Posts admin forms the way a browser would: every field's current value, with some replaced.</summary>
internal static class AdminForms
{
    public static List<KeyValuePair<string, string>> Values(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                default:
                    break;
            }
        }

        return values;
    }

    /// <summary>Submits <paramref name="form"/> with its own values, each key in <paramref name="changes"/> replaced.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlFormElement form, IEnumerable<KeyValuePair<string, string>> changes)
    {
        var values = Values(form);
        var replaced = changes.ToList();
        values.RemoveAll(v => replaced.Any(r => r.Key == v.Key));
        values.AddRange(replaced);
        var action = form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public static IHtmlFormElement EditForm(IDocument page) =>
        (IHtmlFormElement)(page.QuerySelector("form.edit-form") ?? throw new InvalidOperationException("No edit form on " + page.Url));

    public static IHtmlFormElement FormWithAction(IDocument page, string actionEnd) =>
        page.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.GetAttribute("action")?.EndsWith(actionEnd, StringComparison.Ordinal) == true)
            ?? throw new InvalidOperationException($"No form posting to …{actionEnd} on {page.Url}");

    public static int IdFromEditLocation(HttpResponseMessage response)
    {
        var path = response.Headers.Location!.OriginalString.Split('#')[0];
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string FieldError(IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlFormElement form) =>
        await client.SubmitFormAsync(form, []);
}
