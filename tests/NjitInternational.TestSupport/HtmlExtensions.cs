using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NjitInternational.TestSupport;

/// <summary>Parses responses into a DOM so tests assert on what a visitor sees, not on raw strings.</summary>
public static class HtmlExtensions
{
    public static async Task<IDocument> ReadHtmlAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    public static async Task<IDocument> GetHtmlAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}");
        }

        return await response.ReadHtmlAsync();
    }

    /// <summary>Text content with whitespace collapsed, as a reader would see it.</summary>
    public static string NormalizedText(this IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Submits a rendered form the way a browser would: its hidden fields (antiforgery token included) plus <paramref name="values"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client,
        IHtmlFormElement form,
        IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        var overrides = values.ToList();
        fields.RemoveAll(f => overrides.Any(o => o.Key == f.Key));
        fields.AddRange(overrides);

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? form.BaseUri : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.RelativeOrAbsolute), content);
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static string AntiforgeryToken(this IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");
    }
}
