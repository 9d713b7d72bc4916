using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.VisitingProfessors;

namespace NjitInternational.UnitTests.Localization;

/// <summary>A visiting professor's name and title in each language's order.</summary>
public sealed class ProfessorNameTests
{
    private static LocalizedText English(string text) => new(text, "en", false);

    private static LocalizedText Chinese(string text) => new(text, "zh-CN", false);

    [Fact]
    public void English_PutsTheTitleFirst_WithASpace() =>
        Assert.Equal("Professor John Smith", ProfessorNames.Display(English("John Smith"), English("Professor")).Text);

    [Fact]
    public void Chinese_PutsTheNameFirst_WithoutASpace() =>
        Assert.Equal("张三教授", ProfessorNames.Display(Chinese("张三"), Chinese("教授")).Text);

    [Theory]
    [InlineData("Professor", "张三教授")]
    [InlineData("Associate Professor", "张三副教授")]
    [InlineData("Dr.", "张三博士")]
    public void AChineseName_WithACommonUntranslatedTitle_TakesTheTitlesChinese(string title, string expected) =>
        Assert.Equal(expected, ProfessorNames.Display(Chinese("张三"), English(title) with { IsFallback = true }).Text);

    [Fact]
    public void AChineseName_WithAnUnknownEnglishTitle_StaysBare() =>
        Assert.Equal("张三", ProfessorNames.Display(Chinese("张三"), English("Distinguished Visiting Fellow")).Text);

    [Fact]
    public void AnEnglishName_WithAChineseTitle_StaysBare() =>
        Assert.Equal("John Smith", ProfessorNames.Display(English("John Smith"), Chinese("教授")).Text);
}
