using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;
using Xunit.Abstractions;

namespace NjitInternational.IntegrationTests.MediaImport;

/// <summary>
/// An import that updates existing records is set-based too: the revisions' stored collections are
/// read once per content type, not once per row, and every row still gets its revision and audit entry.
/// </summary>
public class CsvImportUpdateScaleTests(QueryCountingSiteFactory site, ITestOutputHelper output) : IClassFixture<QueryCountingSiteFactory>
{
    private const int Rows = 2000;

    [Fact]
    public async Task Import_Updating2000Partners_ReadsWithAFixedNumberOfQueries_AndKeepsRevisionsAndAudit()
    {
        var (client, _) = await StaffAccounts.SignedInClientAsync(site, StaffRoles.Editor);
        var clock = Stopwatch.StartNew();
        using (var created = await MediaImportForms.ImportAsync(client, "partners", Csv("Exchange;Research", "Summary"), "import"))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        var createMs = clock.ElapsedMilliseconds;
        var updates = Csv("Exchange;DegreeProgrammes", "Updated summary");
        var token = (await client.GetHtmlAsync("/admin/partners/import")).AntiforgeryToken();
        site.Queries.Reset();
        clock.Restart();
        using var response = await PartnerImportRequest.PostAsync(client, updates, token);
        var updateMs = clock.ElapsedMilliseconds;
        var queries = site.Queries.Count;
        var selects = site.Queries.Commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        output.WriteLine($"{Rows:N0} rows: created in {createMs} ms, updated in {updateMs} ms ({queries} SQL commands, {selects} SELECT)");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Rows, await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Slug.StartsWith("update-scale-") && p.Summary!.StartsWith("Updated summary"))));
        var kinds = await site.WithDbAsync(db => db.Partners.Where(p => p.Slug.StartsWith("update-scale-")).SelectMany(p => p.PartnershipKinds)
            .GroupBy(k => k.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(new Dictionary<PartnershipKind, int> { [PartnershipKind.Exchange] = Rows, [PartnershipKind.DegreeProgrammes] = Rows }, kinds);

        // Reads: the user's session, countries, existing partners by slug, the latest revision numbers
        // and the stored partnership kinds: never one per row.
        Assert.True(selects < 15, $"{selects} SELECTs for {Rows:N0} updated rows:\n" + string.Join("\n", site.Queries.Commands.Take(20)));

        // Every updated row still gets its second revision, with what changed and its new collection...
        var revisions = await site.WithDbAsync(db => db.Set<ContentRevision>().AsNoTracking()
            .Where(r => r.EntityType == nameof(Partner) && r.Number == 2 && r.Title.StartsWith("Update Scale University "))
            .Select(r => new { r.ChangedFields, r.SnapshotJson }).ToListAsync());
        Assert.Equal(Rows, revisions.Count);
        Assert.All(revisions, r => Assert.Equal("PartnershipKinds,Summary", r.ChangedFields));
        Assert.All(revisions, r => Assert.Contains("\"PartnershipKinds\":[{\"Kind\":\"DegreeProgrammes\"},{\"Kind\":\"Exchange\"}]", r.SnapshotJson, StringComparison.Ordinal));

        // ...and its audit entry, naming the partnership kinds added and removed.
        var audits = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Partner) && a.Action == "Update" && a.Summary!.StartsWith("Update Partner \"Update Scale University "))
            .Select(a => a.ChangesJson!).ToListAsync());
        Assert.Equal(Rows, audits.Count);
        Assert.All(audits, json => Assert.Contains("\"PartnershipKinds\":{\"added\":[\"DegreeProgrammes\"],\"removed\":[\"Research\"]}", json, StringComparison.Ordinal));
    }

    private static byte[] Csv(string kinds, string summary)
    {
        var csv = new StringBuilder("Slug,Name,Country,City,PartnershipKinds,PartnerSince,Summary\n");
        for (var i = 0; i < Rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"update-scale-{i},Update Scale University {i},{(i % 2 == 0 ? "GB" : "united states")},City {i},{kinds},{2000 + (i % 20)},{summary} {i}\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
