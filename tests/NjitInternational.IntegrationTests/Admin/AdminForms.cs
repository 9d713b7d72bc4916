using AngleSharp.Html.Dom;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Admin;

/// <summary>Loads an admin page and submits one of its forms (with the page's antiforgery token).</summary>
internal static class AdminForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string pageUrl, string formAction, Dictionary<string, string>? values = null)
    {
        var page = await client.GetHtmlAsync(pageUrl);
        var form = page.QuerySelector($"form[action='{formAction}']") as IHtmlFormElement
            ?? throw new InvalidOperationException($"{pageUrl} has no form posting to {formAction}");
        return await client.SubmitFormAsync(form, values ?? []);
    }

    public static Uri Url(string path) => new(path, UriKind.Relative);
}
