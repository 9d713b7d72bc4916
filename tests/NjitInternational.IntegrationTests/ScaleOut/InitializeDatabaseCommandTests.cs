using NjitInternational.TestSupport.ScaleOut;

namespace NjitInternational.IntegrationTests.ScaleOut;

/// <summary>The deployment step <c>initialize-database</c>, run as a process the way a deployment runs it.</summary>
public sealed class InitializeDatabaseCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"njit-init-{Guid.NewGuid():N}");

    private string Database => Path.Combine(_root, "site.db");

    private KeyValuePair<string, string>[] Settings(bool migrate) =>
    [
        new("ConnectionStrings:Default", $"Data Source={Database}"),
        new("Database:MigrateOnStartup", migrate ? "true" : "false"),
    ];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task RefusesWhileMigrationsArePending_ThenSeedsOnce_AndIsIdempotent()
    {
        Directory.CreateDirectory(_root);
        var build = SiteBuild.Locate();
        var home = Path.Combine(_root, "home");

        // As on SQL Server: migrations are the bundle's job, so a schema behind the build is refused.
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => build.RunAsync(home, Settings(migrate: false), null, "initialize-database"));
        Assert.Contains("migration(s) pending", refused.Message, StringComparison.Ordinal);

        var first = await build.RunAsync(home, Settings(migrate: true), null, "initialize-database");
        var second = await build.RunAsync(home, Settings(migrate: false), null, "initialize-database");

        Assert.Matches(@"Seed content applied: [1-9]\d* new items", first);
        Assert.Contains("Seed content applied: 0 new items", second, StringComparison.Ordinal);
    }
}
