using System.Text;
using NjitInternational.Web.Features.Enquiries;

namespace NjitInternational.UnitTests;

public class EnquiryCsvTests
{
    private static EnquiryExportRow Row(string name, string message) =>
        new(7, new DateTime(2026, 11, 1, 8, 30, 0, DateTimeKind.Utc), name, "a@b.test", null, null, message, true, false, null, null);

    [Fact]
    public async Task Csv_EscapesFormulaCells_AndQuotesPerRfc4180()
    {
        var bytes = await EnquiryCsv.WriteAsync([Row("=HYPERLINK(\"http://x\")", "line one\r\nsaid \"hi\", then @SUM(A1)")], CancellationToken.None);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = text.TrimStart('\uFEFF');
        Assert.StartsWith("Id,Received (UTC),Name,", lines, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", lines, StringComparison.Ordinal);
        Assert.Contains("\"line one\r\nsaid \"\"hi\"\", then @SUM(A1)\"", lines, StringComparison.Ordinal);
        Assert.Contains("2026-11-01 08:30:00", lines, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", lines, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+cmd")]
    [InlineData("-2+3")]
    [InlineData("@x")]
    public async Task Csv_PrefixesEveryInjectionCharacter(string name)
    {
        var text = Encoding.UTF8.GetString(await EnquiryCsv.WriteAsync([Row(name, "m")], CancellationToken.None));

        Assert.Contains("'" + name, text, StringComparison.Ordinal);
    }
}
