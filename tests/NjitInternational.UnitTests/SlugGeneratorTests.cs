using NjitInternational.Web.Features.Content;

namespace NjitInternational.UnitTests;

public class SlugGeneratorTests
{
    [Theory]
    [InlineData("University of Example", "university-of-example")]
    [InlineData("  Université de Liège  ", "universite-de-liege")]
    [InlineData("Zürich University of Applied Sciences (ZHAW)", "zurich-university-of-applied-sciences-zhaw")]
    [InlineData("Łódź University of Technology", "lodz-university-of-technology")]
    [InlineData("Straße & Co.", "strasse-and-co")]
    [InlineData("ROK-Jiangsu  University -- Alliance", "rok-jiangsu-university-alliance")]
    [InlineData("2+2 Programme", "2-2-programme")]
    public void Generate_MakesLowerCaseAsciiWithHyphens(string title, string expected) =>
        Assert.Equal(expected, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("南京工程学院")]
    [InlineData("！？")]
    [InlineData("")]
    [InlineData(null)]
    public void Generate_ReturnsEmpty_WhenNothingLatinIsLeft(string? title) =>
        Assert.Equal(string.Empty, SlugGenerator.Generate(title));

    [Fact]
    public void Generate_CutsAt120Characters_WithoutATrailingHyphen()
    {
        var slug = SlugGenerator.Generate(string.Join(' ', Enumerable.Repeat("abcdefghi", 30)));

        Assert.True(slug.Length <= SlugGenerator.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.True(SlugGenerator.IsValid(slug));
    }

    [Theory]
    [InlineData("good-slug", true)]
    [InlineData("Bad-Slug", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("spaces here", false)]
    public void IsValid_AcceptsOnlyGeneratedForm(string slug, bool valid) =>
        Assert.Equal(valid, SlugGenerator.IsValid(slug));
}
