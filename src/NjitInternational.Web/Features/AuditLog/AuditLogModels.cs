using System.Text.Json;

namespace NjitInternational.Web.Features.AuditLog;

/// <summary>Query-string filters of the audit log; bad values are ignored, never a 500.</summary>
public sealed class AuditLogFilter
{
    public string? User { get; set; }

    public string? Action { get; set; }

    public string? EntityType { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record FieldChange(string Field, string? Old, string? New);

public sealed record AuditLogRow(
    long Id,
    DateTime AtUtc,
    string? UserName,
    string Action,
    string? EntityType,
    string? EntityId,
    string? Summary,
    IReadOnlyList<FieldChange> Changes);

public sealed record AuditLogViewModel(
    AuditLogFilter Filter,
    IReadOnlyList<AuditLogRow> Rows,
    int Page,
    int PageCount,
    int Total,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> EntityTypes);

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
