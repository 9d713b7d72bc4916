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

    [Theory]
    [InlineData("oulu", "\"oulu\"")]
    [InlineData("big data", "\"big\" \"data\"")]
    [InlineData("say \"hi\"", "\"say\" \"\"\"hi\"\"\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" \"b)\"")]
    [InlineData("-x* ^y:z", "\"-x*\" \"^y:z\"")]
    [InlineData("oulu\0\"school\u0001x", "\"oulu\" \"\"\"school\" \"x\"")]
    public void Fts5Query_QuotesEveryWord_SoNoCharacterIsSyntax(string input, string expected) =>
        Assert.Equal(expected, SearchTerms.Of(input).ToFts5Query());

    [Theory]
    [InlineData("奥克兰", true)]
    [InlineData("合作", false)]
    [InlineData("ai", false)]
    [InlineData("big data", true)]
    [InlineData("big ai", false)]
    [InlineData("😀a", false)]
    public void Trigrams_AnswerOnlyWhenEveryWordHasThreeCharacters(string input, bool expected) =>
        Assert.Equal(expected, SearchTerms.Of(input).CanUseTrigrams);

    [Fact]
    public void Snippet_IsEncodedTextAroundTheFirstMatch_WithTheWordsMarked()
    {
        var text = string.Concat(Enumerable.Repeat("Filler words here. ", 30)) + "The <b>University of Oulu</b> runs 奥卢 school. " + string.Concat(Enumerable.Repeat("More filler. ", 30));

        var snippet = SearchSnippet.Highlight(text, ["oulu", "奥卢"])!.Value!;

        Assert.Contains("&lt;b&gt;University of <mark>Oulu</mark>&lt;/b&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>奥卢</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("\u2026", snippet, StringComparison.Ordinal);
    }
}
