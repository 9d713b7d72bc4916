namespace NjitInternational.Web.Features.Localization;

/// <summary>How a Chinese counterpart field is stored: trimmed, and null when left empty (so the English shows).</summary>
public static class ChineseText
{
    public static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
