using System.Text.Json;

namespace NjitInternational.Web.Features.AuditLog;

/// <summary>Reads ChangesJson ({ "Field": { "old": ..., "new": ... } }) into rows; tolerant of bad JSON.</summary>
public static class ChangesJson
{
    public static IReadOnlyList<FieldChange> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            return document.RootElement.EnumerateObject()
                .Select(p => p.Value.ValueKind == JsonValueKind.Object
                    ? new FieldChange(p.Name, Text(p.Value, "old"), Text(p.Value, "new"))
                    : new FieldChange(p.Name, null, p.Value.ToString()))
                .ToList();
        }
        catch (JsonException)
        {
            return [new FieldChange("(unreadable)", null, json)];
        }
    }

    private static string? Text(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }

        return null;
    }
}
