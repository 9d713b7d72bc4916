using NjitInternational.Web.Features.Revisions;

namespace NjitInternational.UnitTests;

public class TextDiffTests
{
    [Fact]
    public void ALongText_WithOneLineChanged_DiffsAsThatLineOnly()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"Paragraph {i}.").ToList();
        var edited = lines.ToList();
        edited[19] = "Paragraph 20, rewritten.";
        edited.Insert(30, "A new paragraph.");

        var diff = TextDiff.Lines(string.Join('\n', lines), string.Join("\r\n", edited));

        Assert.Equal(["Paragraph 20."], diff.Where(l => l.Kind == DiffKind.Removed).Select(l => l.Text));
        Assert.Equal(["Paragraph 20, rewritten.", "A new paragraph."], diff.Where(l => l.Kind == DiffKind.Added).Select(l => l.Text));
        Assert.Equal(39, diff.Count(l => l.Kind == DiffKind.Same));
    }

    [Fact]
    public void Collapse_KeepsTwoLinesOfContext_AndCountsTheRest()
    {
        var diff = TextDiff.Lines("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nD\ne\nf\ng");

        var collapsed = TextDiff.Collapse(diff);

        Assert.Equal(
            ["Skipped:1", "Same:b", "Same:c", "Removed:d", "Added:D", "Same:e", "Same:f", "Skipped:1"],
            collapsed.Select(l => $"{l.Kind}:{l.Text}"));
    }
}
