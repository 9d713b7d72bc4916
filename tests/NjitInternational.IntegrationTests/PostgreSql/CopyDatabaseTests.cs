using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.PostgreSql;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.DemoData;
using NjitInternational.Web.Infrastructure.DatabaseCopy;

namespace NjitInternational.IntegrationTests.PostgreSql;

/// <summary>
/// The move off SQLite: <c>copy-database</c> copies the seed and demo data into an empty PostgreSQL
/// database with keys and timestamps, refuses to copy twice, and a site over the copy renders the
/// public pages exactly as the SQLite site does.
/// </summary>
public partial class CopyDatabaseTests(SiteFactory source) : IClassFixture<SiteFactory>
{
    private static readonly string[] PublicPages =
    [
        "/en", "/zh", "/en/partners", "/en/partners?page=2", "/zh/partners", "/en/partners/university-of-strathclyde",
        "/en/alliances", "/en/programmes", "/en/search?q=university", "/zh/search?q=%E5%A4%A7%E5%AD%A6",
    ];

    [Fact]
    public async Task CopyToPostgreSql_KeepsEveryRow_RefusesASecondCopy_AndTheCopiedSiteRendersTheSamePages()
    {
        using (var client = source.CreateClient())
        {
            (await client.GetAsync(new Uri("/en", UriKind.Relative))).EnsureSuccessStatusCode(); // migrated and seeded
        }

        await source.WithDbAsync(db => DemoDataGenerator.AddAsync(db, 40, 60, null, CancellationToken.None));
        var target = await (await PostgreSqlServer.Shared).CreateDatabaseAsync("copy");
        string[] args = ["copy-database", "--to-provider", "PostgreSql", "--to", target];

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CopyDatabaseCommand.RunAsync(source.Services, args, output, error, CancellationToken.None);
        Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
        Assert.Contains("every row count matches", output.ToString(), StringComparison.Ordinal);

        using var secondError = new StringWriter();
        Assert.Equal(1, await CopyDatabaseCommand.RunAsync(source.Services, args, TextWriter.Null, secondError, CancellationToken.None));
        Assert.Contains("not empty", secondError.ToString(), StringComparison.Ordinal);

        await using var copy = new CopiedSite(target);
        var sourcePartners = await source.WithDbAsync(PartnerRowsAsync);
        var copiedPartners = await copy.WithDbAsync(PartnerRowsAsync);
        Assert.True(sourcePartners.Count > 40, $"only {sourcePartners.Count} partners in the source");
        Assert.Equal(sourcePartners, copiedPartners);

        using var sourceClient = source.CreateClient();
        using var copyClient = copy.CreateClient();
        foreach (var page in PublicPages)
        {
            Assert.Equal(await MainTextAsync(sourceClient, page), await MainTextAsync(copyClient, page));
        }

        // The identity sequences moved past the copied keys: a new row gets a new key.
        var newId = await copy.WithDbAsync(async db =>
        {
            var partner = new Partner { Name = "After The Move University", Slug = "after-the-move", CountryId = await db.Countries.Select(c => c.Id).FirstAsync() };
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        Assert.True(newId > sourcePartners.Max(p => p.Id), $"new key {newId} reuses a copied one");
    }

    // DateTime equality compares ticks, not Kind (SQLite hands back Unspecified, PostgreSQL Utc).
    private static Task<List<PartnerRow>> PartnerRowsAsync(Web.Data.AppDbContext db) =>
        db.Partners.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new PartnerRow(p.Id, p.Slug, p.UpdatedAtUtc, p.ConcurrencyStamp))
            .ToListAsync();

    private static async Task<string> MainTextAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        var main = document.QuerySelector("main") ?? document.Body!;
        // Search ranks by each provider's own index (FTS5 bm25 on SQLite, pg_trgm similarity on
        // PostgreSQL): the hits shown first may differ, the groups and their totals may not.
        foreach (var rankedHits in main.QuerySelectorAll(".search-hits").ToList())
        {
            rankedHits.Remove();
        }

        return url + ": " + Whitespace().Replace(main.TextContent, " ").Trim();
    }

    private sealed record PartnerRow(int Id, string Slug, DateTime UpdatedAtUtc, Guid ConcurrencyStamp);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>A site over the copied PostgreSQL database, which it neither migrates nor seeds.</summary>
    private sealed class CopiedSite(string connectionString) : SiteFactory
    {
        protected override bool Seed => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            builder.UseSetting("Database:MigrateOnStartup", "false");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await (await PostgreSqlServer.Shared).DropDatabaseAsync(connectionString);
        }
    }
}
