using System.Text;

namespace NjitInternational.Web.Features.Search;

/// <summary>
/// A visitor's query as site search matches it: its words (split at white space) and, when every
/// word has the trigram index's minimum of three characters, an FTS5 query that treats each word
/// as literal text, so no character (<c>" * - : ^</c>, NEAR, AND, OR, NOT, parentheses) is FTS5 syntax.
/// </summary>
public sealed record SearchTerms(string Text, IReadOnlyList<string> Words)
{
    /// <summary>Trigrams: a shorter word has none, and FTS5 would match nothing.</summary>
    public const int MinimumIndexedLength = 3;

    public static SearchTerms Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A control character separates words like white space: a NUL would end FTS5's string early.
        var words = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
        return new(text, words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether the trigram index can answer (else the substring fallback does); lengths in characters, not UTF-16 units.</summary>
    public bool CanUseTrigrams => Words.Count > 0 && Words.All(w => w.EnumerateRunes().Count() >= MinimumIndexedLength);

    /// <summary>Every word as an FTS5 string (double quotes doubled), all required: <c>"big" "data"</c>.</summary>
    public string ToFts5Query()
    {
        var query = new StringBuilder();
        foreach (var word in Words)
        {
            query.Append(query.Length == 0 ? "\"" : " \"").Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return query.ToString();
    }
}
