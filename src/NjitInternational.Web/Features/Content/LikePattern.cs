using System.Text;

namespace NjitInternational.Web.Features.Content;

/// <summary>Text a visitor or editor types, made safe for <c>LIKE … ESCAPE '\'</c>.</summary>
public static class LikePattern
{
    /// <summary>The escape character every LIKE of the site names.</summary>
    public const string EscapeCharacter = "\\";

    /// <summary>
    /// %, _, [ and \ escaped so they match themselves ([ is a set on SQL Server; SQLite reads an
    /// escaped character literally too).
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_' or '[')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A pattern matching any text that contains <paramref name="text"/>.</summary>
    public static string Containing(string text) => "%" + Escape(text) + "%";
}
