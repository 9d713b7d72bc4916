namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>Posts a partners CSV file to the admin import, as the import form does.</summary>
internal static class PartnerImportRequest
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] csv, string token)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("import"), "mode" },
        };
        var part = new ByteArrayContent(csv);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(part, "file", "partners.csv");
        return await client.PostAsync(new Uri("/admin/partners/import", UriKind.Relative), content);
    }
}
