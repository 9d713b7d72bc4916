using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Fuzz;

/// <summary>
/// Stored-XSS check: after a test saved <see cref="NewMarker"/> into some field (a partner's name,
/// an enquiry's message...), every page that shows it must show it as text. The raw markup must
/// never be in the response, and no element may have been created from it.
/// </summary>
public static class XssAssert
{
    /// <summary>A unique payload, so a hit can only come from the record the test saved.</summary>
    public static string NewMarker() => $"<script>alert('xss-{Guid.NewGuid():N}')</script><img src=x onerror=alert(1)>";

    /// <summary>
    /// Fails when any of <paramref name="urls"/> emits <paramref name="marker"/> as markup; with
    /// <paramref name="requireShown"/>, also when none shows it as text (the record was not displayed at all).
    /// </summary>
    public static async Task ShownOnlyAsTextAsync(HttpClient client, IEnumerable<string> urls, string marker, bool requireShown = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentException.ThrowIfNullOrEmpty(marker);
        var problems = new List<string>();
        var shown = 0;
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
            var body = await response.Content.ReadAsStringAsync();
            if (body.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{url}: the marker appears unencoded in the response");
            }

            var document = await response.ReadHtmlAsync();
            // JSON-LD blocks hold the text as JSON data (with < escaped): a marker that broke out of
            // one would become a script element of its own, which the first check catches.
            if (document.QuerySelectorAll("script:not([type='application/ld+json']), img[onerror]").Any(e => marker.Contains(e.OuterHtml, StringComparison.OrdinalIgnoreCase) || e.TextContent.Contains("xss-", StringComparison.Ordinal)))
            {
                problems.Add($"{url}: the marker became an element");
            }

            foreach (var data in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var _ = System.Text.Json.JsonDocument.Parse(data.TextContent);
                }
                catch (System.Text.Json.JsonException)
                {
                    problems.Add($"{url}: a JSON-LD block is no longer valid JSON");
                }
            }

            if (document.Body?.TextContent.Contains(marker, StringComparison.Ordinal) == true
                || document.Head?.TextContent.Contains(marker, StringComparison.Ordinal) == true
                || document.All.Any(e => e.Attributes.Any(a => a.Value.Contains(marker, StringComparison.Ordinal))))
            {
                shown++;
            }
        }

        if (requireShown && shown == 0 && problems.Count == 0)
        {
            problems.Add("no page showed the marker as text: was it saved and displayed?");
        }

        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("Stored XSS check failed:\n" + string.Join('\n', problems));
        }
    }
}
