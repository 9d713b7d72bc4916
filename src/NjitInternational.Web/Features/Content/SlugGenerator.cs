using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NjitInternational.Web.Features.Content;

/// <summary>
/// Makes the address part of a record's URL from its title: lower-case ASCII letters, digits and
/// hyphens, accents transliterated ("Zürich" → "zurich"), everything else dropped.
/// </summary>
public static partial class SlugGenerator
{
    public const int MaxLength = 120;

    /// <summary>Letters that do not decompose into a base letter plus a combining mark.</summary>
    private static readonly Dictionary<char, string> Special = new()
    {
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['Æ'] = "ae",
        ['ø'] = "o",
        ['Ø'] = "o",
        ['œ'] = "oe",
        ['Œ'] = "oe",
        ['đ'] = "d",
        ['Đ'] = "d",
        ['ł'] = "l",
        ['Ł'] = "l",
        ['þ'] = "th",
        ['Þ'] = "th",
        ['ı'] = "i",
        ['&'] = " and ",
    };

    /// <summary>The slug for <paramref name="text"/>, or an empty string when it has no Latin letters or digits.</summary>
    public static string Generate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (Special.TryGetValue(c, out var replacement))
            {
                builder.Append(replacement);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        var slug = NotSlugChars().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>True when <paramref name="slug"/> is already in the form <see cref="Generate"/> produces.</summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && ValidSlug().IsMatch(slug);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlugChars();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
