using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Security;

/// <summary>Breaks and restores its site's database file, so it has its own site.</summary>
public class DatabaseUnavailableTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm", "-journal"];

    /// <summary>Swaps the database for a file that is not a database (as a corrupted or half-copied file would be).</summary>
    private void BreakDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in Suffixes.Where(s => File.Exists(site.DatabasePath + s)))
        {
            File.Move(site.DatabasePath + suffix, site.DatabasePath + suffix + ".away");
        }

        File.WriteAllText(site.DatabasePath, "this is not a database file, it is a stand-in for a broken one\n" + new string('x', 4096));
    }

    private void RestoreDatabase()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(site.DatabasePath);
        foreach (var suffix in Suffixes.Where(s => File.Exists(site.DatabasePath + s + ".away")))
        {
            File.Move(site.DatabasePath + suffix + ".away", site.DatabasePath + suffix);
        }
    }

    [Fact]
    public async Task DatabaseDown_PublicPagesAnswerAFriendly503_ReadinessFails_AndTheSiteRecovers()
    {
        var client = site.CreateClient();
        using (var before = await client.GetAsync(new Uri("/en", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        BreakDatabase();
        try
        {
            // A fresh query string: the output cache may (rightly) still hold "/" itself.
            using var home = await client.GetAsync(new Uri($"/?while-down={Guid.NewGuid():N}", UriKind.Relative));
            var body = await home.Content.ReadAsStringAsync();
            var page = await home.ReadHtmlAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), home.Headers.RetryAfter?.Delta);
            Assert.Equal("Temporarily unavailable", page.QuerySelector("h1")?.TextContent);
            Assert.NotNull(page.QuerySelector("nav.site-nav"));
            Assert.NotNull(home.Headers.GetValues("Content-Security-Policy").Single());
            foreach (var leak in new[] { "Exception", "SQLite Error", "not a database", "   at ", ".cs:line" })
            {
                Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
            }

            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        }
        finally
        {
            RestoreDatabase();
        }

        using var after = await client.GetAsync(new Uri("/en", UriKind.Relative));
        using var readyAgain = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAgain.StatusCode);
    }

    [Fact]
    public async Task DatabaseFileRemoved_AndNotRecreated_Answers503()
    {
        SqliteConnection.ClearAllPools();
        var folder = Path.Combine(Path.GetTempPath(), $"njit-gone-{Guid.NewGuid():N}");
        await using var missing = new UnavailableDatabaseSiteFactory(Path.Combine(folder, "missing.db"));
        var client = missing.CreateClient();

        using var home = await client.GetAsync(new Uri("/en", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.Equal("Temporarily unavailable", (await home.ReadHtmlAsync()).QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.False(File.Exists(Path.Combine(folder, "missing.db")));
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// A site whose database has gone after start-up: the connection string opens an existing file
/// only (Mode=ReadWrite), and the file is not there. Start-up migration and seeding are off,
/// as for a SQL Server install.
/// </summary>
public sealed class UnavailableDatabaseSiteFactory(string missingFile) : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={missingFile};Mode=ReadWrite");
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Database:SeedOnStartup", "false");
    }
}
