using NjitInternational.Web.Features.Search;

namespace NjitInternational.UnitTests;

public class SiteSearchQueryTests
{
    [Theory]
    [InlineData("oulu", "oulu")]
    [InlineData("100%", "100\\%")]
    [InlineData("a_b", "a\\_b")]
    [InlineData("[x]", "\\[x]")]
    [InlineData("c:\\d", "c:\\\\d")]
    [InlineData("o'neil", "o'neil")]
    public void EscapeLike_EscapesEveryLikeMetacharacter(string input, string expected) =>
        Assert.Equal(expected, SiteSearchQuery.EscapeLike(input));

    [Fact]
    public void Snippet_IsPlainTextAroundTheFirstMatch()
    {
        var markdown = "# Heading\n\n" + string.Concat(Enumerable.Repeat("Filler words here. ", 30)) + "The **University of Oulu** runs a school. " + string.Concat(Enumerable.Repeat("More filler. ", 30));

        var snippet = SiteSearchQuery.Snippet(markdown, "oulu")!;

        Assert.Contains("University of Oulu", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("**", snippet, StringComparison.Ordinal);
        Assert.StartsWith("\u2026", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length <= 182, $"snippet is {snippet.Length} characters");
    }
}
