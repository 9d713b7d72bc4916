using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>Export then import of the same file changes nothing; exports follow the list's filters.</summary>
public class CsvRoundTripTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("partners")]
    [InlineData("programmes")]
    public async Task ExportedFile_ImportsBack_WithNothingCreatedOrChanged(string type)
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        // A value a spreadsheet would run as a formula survives the trip (escaped, then unescaped).
        await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.OrderBy(p => p.Id).FirstAsync();
            partner.Summary = "=1+2 is not a formula here";
            await db.SaveChangesAsync();
        });
        using var export = await client.GetAsync(new Uri($"/admin/{type}/export.csv", UriKind.Relative));
        var csv = await export.Content.ReadAsByteArrayAsync();
        var total = await site.WithDbAsync(db => type == "partners" ? db.Partners.CountAsync() : db.Programmes.CountAsync());
        var audit = await site.WithDbAsync(db => db.AuditEntries.CountAsync());

        using var response = await MediaImportForms.ImportAsync(client, type, csv, "import");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.True(type != "partners" || Encoding.UTF8.GetString(csv).Contains("'=1+2", StringComparison.Ordinal), "the formula is escaped in the export");
        var rows = page.QuerySelectorAll(".import-table tbody tr td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(total, rows.Count);
        Assert.All(rows, r => Assert.Equal("Unchanged", r));
        Assert.Equal(audit, await site.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal("=1+2 is not a formula here", await site.WithDbAsync(db => db.Partners.OrderBy(p => p.Id).Select(p => p.Summary).FirstAsync()));
    }

    [Theory]
    [InlineData("partners")]
    [InlineData("programmes")]
    [InlineData("alliances")]
    [InlineData("visiting-professors")]
    [InlineData("conferences")]
    [InlineData("pages")]
    [InlineData("countries")]
    public async Task Export_OfEveryType_FollowsTheListsStatusFilter(string type)
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var list = await client.GetHtmlAsync($"/admin/{type}?status=Published");
        var link = list.QuerySelector("a[href*='export.csv']")!.GetAttribute("href")!;

        using var all = await client.GetAsync(new Uri($"/admin/{type}/export.csv", UriKind.Relative));
        using var published = await client.GetAsync(new Uri(link, UriKind.Relative));
        var allLines = (await all.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var publishedText = await published.Content.ReadAsStringAsync();

        Assert.Contains("status=Published", link, StringComparison.Ordinal);
        Assert.EndsWith("Status", allLines[0], StringComparison.Ordinal);
        var listed = int.Parse(list.QuerySelector("caption")?.TextContent.Split(':')[1].Trim().Split(' ')[0] ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(",Draft\r\n", publishedText, StringComparison.Ordinal);
        Assert.True(listed > 0, "the seed publishes records of every type");
        Assert.True(allLines.Length - 1 >= listed);
    }

    [Fact]
    public async Task Export_FollowsTheSearch()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var name = await site.WithDbAsync(db => db.Partners.OrderBy(p => p.Id).Select(p => p.Name).FirstAsync());
        var word = name.Split(' ').OrderByDescending(w => w.Length).First();
        var expected = await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Name.Contains(word)));

        using var export = await client.GetAsync(new Uri($"/admin/partners/export.csv?q={Uri.EscapeDataString(word)}", UriKind.Relative));
        var records = (await export.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;

        Assert.Equal(expected, records);
        Assert.True(records < await site.WithDbAsync(db => db.Partners.CountAsync()));
    }
}
