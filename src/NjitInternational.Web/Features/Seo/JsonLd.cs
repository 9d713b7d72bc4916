using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Seo;

/// <summary>
/// Serialises schema.org JSON-LD for a &lt;script type="application/ld+json"&gt; block. System.Text.Json's
/// default encoder escapes &lt;, &gt; and &amp;, so staff text cannot close the script element.
/// Null and empty values are left out (also inside nested objects and lists of objects), so unknown
/// facts are never published as empty properties.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IHtmlContent Serialize(IReadOnlyDictionary<string, object?> data) =>
        new HtmlString(JsonSerializer.Serialize(Prune(data), Options));

    private static Dictionary<string, object?> Prune(IReadOnlyDictionary<string, object?> data) =>
        data.Where(kv => kv.Value is not null && kv.Value is not "")
            .ToDictionary(
                kv => kv.Key,
                kv => kv.Value switch
                {
                    IReadOnlyDictionary<string, object?> nested => Prune(nested),
                    IEnumerable<IReadOnlyDictionary<string, object?>> list => list.Select(Prune).ToList(),
                    var value => value,
                },
                StringComparer.Ordinal);
}
