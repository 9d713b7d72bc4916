using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Infrastructure.Authorization;
using Xunit.Abstractions;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>An import is set-based: thousands of rows, a fixed number of reads (no query per row), one transaction.</summary>
public class CsvImportScaleTests(QueryCountingSiteFactory site, ITestOutputHelper output) : IClassFixture<QueryCountingSiteFactory>
{
    [Fact]
    public async Task Import_Of2000Partners_ReadsWithAFixedNumberOfQueries_AndWritesThemAll()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var csv = new StringBuilder("Slug,Name,Country,City,PartnershipKinds,PartnerSince,Summary\n");
        for (var i = 0; i < 2000; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"scale-{i},Scale University {i},{(i % 2 == 0 ? "GB" : "united states")},City {i},Exchange;Research,{2000 + (i % 20)},Summary {i}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        var token = (await client.GetHtmlAsync("/admin/partners/import")).AntiforgeryToken();
        site.Queries.Reset();
        var clock = Stopwatch.StartNew();
        using var response = await PartnerImportRequest.PostAsync(client, bytes, token);
        clock.Stop();
        var queries = site.Queries.Count;
        var selects = site.Queries.Commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"2,000 rows: {clock.ElapsedMilliseconds} ms, {queries} SQL commands ({selects} SELECT)");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2000, await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Slug.StartsWith("scale-"))));
        Assert.Equal(4000, await site.WithDbAsync(db => db.Partners.Where(p => p.Slug.StartsWith("scale-")).SelectMany(p => p.PartnershipKinds).CountAsync()));
        // Reads: the user's session, countries, existing partners by slug: never one per row.
        Assert.True(selects < 15, $"{selects} SELECTs for 2,000 rows:\n" + string.Join("\n", site.Queries.Commands.Take(20)));
        // Writes: one INSERT per partner, partnership kind (two each), audit entry, revision and search
        // document (SQLite runs each as its own in-process command; SQL Server batches them), and
        // nothing else per row.
        Assert.True(queries - selects <= 2000 * 6 + 10, $"{queries - selects} write commands for 2,000 rows");
    }
}
