using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.UnitTests;

public class ProgrammeFilterTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("-3", 1)]
    [InlineData("0", 1)]
    [InlineData("abc", 1)]
    [InlineData("99999999999999", 1)]
    [InlineData("7", 7)]
    public void Parse_ClampsPageToAPositiveNumber(string? page, int expected) =>
        Assert.Equal(expected, ProgrammeFilter.Parse(null, null, null, null, null, null, null, page).Page);

    [Fact]
    public void Parse_IgnoresUnknownKindAndDirection()
    {
        var filter = ProgrammeFilter.Parse("rocket-science", "sideways", null, null, null, null, null, null);

        Assert.Null(filter.Kind);
        Assert.Null(filter.Direction);
        Assert.True(filter.IsEmpty);
    }

    [Fact]
    public void Parse_ReadsKnownValues_AndNormalisesCountryAndPartner()
    {
        var filter = ProgrammeFilter.Parse("Exchange", "TO-NJIT", " University-Of-Oulu ", "gb", " Software Engineering ", "English", "  robots ", "2");

        Assert.Equal(ProgrammeKind.Exchange, filter.Kind);
        Assert.Equal(DirectionFilter.ToNjit, filter.Direction);
        Assert.Equal("university-of-oulu", filter.Partner);
        Assert.Equal("GB", filter.Country);
        Assert.Equal("Software Engineering", filter.Discipline);
        Assert.Equal("English", filter.Language);
        Assert.Equal("robots", filter.Query);
    }

    [Fact]
    public void Parse_CutsAVeryLongQuery()
    {
        var filter = ProgrammeFilter.Parse(null, null, null, null, null, null, new string('x', 5000), null);

        Assert.Equal(ProgrammeFilter.MaxQueryLength, filter.Query!.Length);
    }

    [Fact]
    public void ToQueryString_KeepsTheFiltersAndSetsThePage()
    {
        var filter = ProgrammeFilter.Parse("exchange", "abroad", null, "gb", null, null, "a b", null);

        Assert.Equal("?kind=exchange&direction=abroad&country=GB&q=a%20b&page=3", filter.ToQueryString(3));
    }

    [Fact]
    public void EveryKind_HasASlugThatParsesBack()
    {
        foreach (var kind in Enum.GetValues<ProgrammeKind>())
        {
            Assert.Equal(kind, ProgrammeLabels.ParseKind(ProgrammeLabels.KindSlug(kind)));
        }
    }

    [Theory]
    [InlineData("4+0", 4, 0)]
    [InlineData("2+2", 2, 2)]
    [InlineData(" 3 + 1 ", 3, 1)]
    public void ParseStudyMode_ReadsYearsAtEachPlace(string mode, int atNjit, int atPartner) =>
        Assert.Equal((atNjit, atPartner), ProgrammeLabels.ParseStudyMode(mode));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("full-time")]
    [InlineData("2+2+1")]
    public void ParseStudyMode_IsNull_ForOtherText(string? mode) => Assert.Null(ProgrammeLabels.ParseStudyMode(mode));

    [Theory]
    [InlineData("4 years", "P4Y")]
    [InlineData("1 year", "P1Y")]
    [InlineData("6 Months", "P6M")]
    [InlineData("3 weeks", "P3W")]
    [InlineData("about two years", null)]
    [InlineData(null, null)]
    public void IsoDuration_IsOnlyGivenForPlainDurations(string? text, string? expected) =>
        Assert.Equal(expected, ProgrammeLabels.IsoDuration(text));
}
