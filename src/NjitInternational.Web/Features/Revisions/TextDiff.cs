namespace NjitInternational.Web.Features.Revisions;

public enum DiffKind
{
    Same,
    Removed,
    Added,
    /// <summary>A run of unchanged lines left out, <see cref="DiffLine.Text"/> says how many.</summary>
    Skipped,
}

public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// Line-level diff of two texts (longest common subsequence), so a one-line change in a long
/// Markdown body shows as that line, not as two whole bodies.
/// </summary>
public static class TextDiff
{
    /// <summary>Above this many line pairs the texts are shown as wholly replaced (keeps the page fast).</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Lines(string? oldText, string? newText)
    {
        var a = Split(oldText);
        var b = Split(newText);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var result = new List<DiffLine>();
        result.AddRange(a.Take(prefix).Select(l => new DiffLine(DiffKind.Same, l)));
        result.AddRange(Middle(a[prefix..(a.Length - suffix)], b[prefix..(b.Length - suffix)]));
        result.AddRange(a.Skip(a.Length - suffix).Select(l => new DiffLine(DiffKind.Same, l)));
        return result;
    }

    /// <summary>Keeps <paramref name="context"/> unchanged lines around each change and replaces longer unchanged runs by one Skipped line.</summary>
    public static IReadOnlyList<DiffLine> Collapse(IReadOnlyList<DiffLine> lines, int context = 2)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffKind.Same)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var result = new List<DiffLine>();
        var skipped = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                if (skipped > 0)
                {
                    result.Add(new DiffLine(DiffKind.Skipped, skipped.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    skipped = 0;
                }

                result.Add(lines[i]);
            }
            else
            {
                skipped++;
            }
        }

        if (skipped > 0)
        {
            result.Add(new DiffLine(DiffKind.Skipped, skipped.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static string[] Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static List<DiffLine> Middle(string[] a, string[] b)
    {
        var result = new List<DiffLine>();
        if ((long)(a.Length + 1) * (b.Length + 1) > MaxCells)
        {
            result.AddRange(a.Select(l => new DiffLine(DiffKind.Removed, l)));
            result.AddRange(b.Select(l => new DiffLine(DiffKind.Added, l)));
            return result;
        }

        // lcs[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add(new DiffLine(DiffKind.Same, a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                result.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
            else
            {
                result.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
        }

        result.AddRange(a.Skip(x).Select(l => new DiffLine(DiffKind.Removed, l)));
        result.AddRange(b.Skip(y).Select(l => new DiffLine(DiffKind.Added, l)));
        return result;
    }
}
