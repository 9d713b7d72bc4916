using System.Net.Http.Headers;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>Multipart posts of the upload and import forms, with the antiforgery token of the rendered form.</summary>
internal static class MediaImportForms
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] file, string fileName, string contentType, string? altText, bool decorative = false)
    {
        var token = (await client.GetHtmlAsync("/admin/media/upload")).AntiforgeryToken();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(altText ?? string.Empty), "AltText" },
        };
        if (decorative)
        {
            content.Add(new StringContent("true"), "IsDecorative");
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(part, "File", fileName);
        return await client.PostAsync(new Uri("/admin/media/upload", UriKind.Relative), content);
    }

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string type, byte[] csv, string mode)
    {
        var token = (await client.GetHtmlAsync($"/admin/{type}/import")).AntiforgeryToken();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(mode), "mode" },
        };
        var part = new ByteArrayContent(csv);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", $"{type}.csv");
        return await client.PostAsync(new Uri($"/admin/{type}/import", UriKind.Relative), content);
    }

    public static string FieldError(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;
}
