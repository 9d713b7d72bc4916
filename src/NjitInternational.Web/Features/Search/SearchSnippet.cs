using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace NjitInternational.Web.Features.Search;

/// <summary>
/// The piece of a result's indexed text around the first matching word, HTML-encoded, with every
/// occurrence of a word in <c>&lt;mark&gt;</c>. The text is the plain text the index holds (Markdown
/// reduced to words), and all of it is encoded: content can never add markup here.
/// </summary>
public static class SearchSnippet
{
    public const int Length = 180;

    /// <summary>Chinese stays text, as on the rest of the site (HtmlEncoder.Default would write &amp;#x…; entities).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static HtmlString? Highlight(string? text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var first = FirstMatch(text, words, 0);
        var start = first is { } at && at.Index > Length / 3 ? at.Index - (Length / 3) : 0;
        var end = Math.Min(text.Length, start + Length);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('\u2026');
        }

        var position = start;
        while (position < end && FirstMatch(text, words, position) is { } match && match.Index < end)
        {
            var matchEnd = Math.Min(end, match.Index + match.Length);
            html.Append(Encoder.Encode(text[position..match.Index]))
                .Append("<mark>").Append(Encoder.Encode(text[match.Index..matchEnd])).Append("</mark>");
            position = matchEnd;
        }

        html.Append(Encoder.Encode(text[position..end]));
        if (end < text.Length)
        {
            html.Append('\u2026');
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>Whether any word occurs in the text (case-insensitively, as the index matches).</summary>
    public static bool Contains(string? text, IReadOnlyList<string> words) =>
        text is not null && FirstMatch(text, words, 0) is not null;

    private static (int Index, int Length)? FirstMatch(string text, IReadOnlyList<string> words, int from)
    {
        (int Index, int Length)? best = null;
        foreach (var word in words)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best is null || at < best.Value.Index))
            {
                best = (at, word.Length);
            }
        }

        return best;
    }
}
