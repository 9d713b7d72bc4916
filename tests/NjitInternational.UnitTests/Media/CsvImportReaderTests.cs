using NjitInternational.Web.Features.ContentCsv;

namespace NjitInternational.UnitTests.Media;

public class CsvImportReaderTests
{
    private static readonly string[] Header = ["Slug", "Name", "Country", "Body"];

    [Fact]
    public void Read_AcceptsAByteOrderMark_AndReportsFileLineNumbers_CountingLinesInsideQuotes()
    {
        byte[] file = [0xEF, 0xBB, 0xBF, .. "Slug,Name,Country,Body\r\na,Alpha,GB,\"two\r\nlines\"\r\n\r\nb,Beta,FR,x\r\n"u8];

        var (rows, error) = CsvImportReader.Read(file, Header, "Name");

        Assert.Null(error);
        Assert.Equal(2, rows.Count);
        Assert.Equal((2, "Alpha", "two\r\nlines"), (rows[0].Line, rows[0].Get("Name"), rows[0].Get("Body")));
        Assert.Equal((5, "Beta"), (rows[1].Line, rows[1].Get("Name")));
    }

    [Fact]
    public void Read_MatchesHeaders_CaseInsensitively_AndAllowsMissingOptionalColumns()
    {
        var (rows, error) = CsvImportReader.Read("name,COUNTRY\nAlpha,gb\n"u8.ToArray(), Header, "Name");

        Assert.Null(error);
        Assert.True(rows[0].Has("Country"));
        Assert.False(rows[0].Has("Body"));
        Assert.Equal("gb", rows[0].Get("Country"));
    }

    [Theory]
    [InlineData("Name,Colour\nA,red\n", "Unknown column \"Colour\"")]
    [InlineData("Slug,Country\na,GB\n", "no \"Name\" column")]
    [InlineData("Name,Name\nA,B\n", "appears twice")]
    [InlineData("Name,Country\n", "no records")]
    [InlineData("", "empty")]
    public void Read_RefusesAFileWithTheWrongShape(string content, string expected)
    {
        var (rows, error) = CsvImportReader.Read(System.Text.Encoding.UTF8.GetBytes(content), Header, "Name");

        Assert.Empty(rows);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")")]
    [InlineData("'- first item", "- first item")]
    [InlineData("'@name", "@name")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("'quoted'", "'quoted'")]
    public void Unescape_UndoesTheExportsFormulaEscape_Only(string exported, string expected) =>
        Assert.Equal(expected, ContentCsvFile.Unescape(exported));
}
