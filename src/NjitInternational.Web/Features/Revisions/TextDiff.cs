using DiffPlex;

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
/// Line-level diff of two texts (DiffPlex's Myers diff), so a one-line change in a long Markdown
/// body shows as that line, not as two whole bodies.
/// </summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffLine> Lines(string? oldText, string? newText)
    {
        var diff = Differ.Instance.CreateDiffs(oldText ?? string.Empty, newText ?? string.Empty, ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var result = new List<DiffLine>();
        var x = 0;
        foreach (var block in diff.DiffBlocks)
        {
            while (x < block.DeleteStartA)
            {
                result.Add(new DiffLine(DiffKind.Same, a[x++]));
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                result.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                result.Add(new DiffLine(DiffKind.Added, b[block.InsertStartB + i]));
            }
        }

        while (x < a.Count)
        {
            result.Add(new DiffLine(DiffKind.Same, a[x++]));
        }

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

    /// <summary>Lines as the editor saved them: Windows line ends count as one, an empty text has no lines.</summary>
    private sealed class LineChunker : IChunker
    {
        public static readonly LineChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) =>
            string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }
}
