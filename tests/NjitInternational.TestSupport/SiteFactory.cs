using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using NjitInternational.TestSupport.PostgreSql;
using NjitInternational.Web.Data;

namespace NjitInternational.TestSupport;

/// <summary>
/// The real site over a fresh SQLite file with the real migrations applied at start-up.
/// One instance per test class (IClassFixture), so no test depends on another class's data.
/// The clock is the only thing replaced: it is a true seam.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>The fixed "now" of every test site: 28 November 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private readonly string _databasePath;

    private readonly bool _ownsDatabase;

    public SiteFactory()
    {
        _databasePath = Path.Combine(Path.GetTempPath(), $"njit-test-{Guid.NewGuid():N}.db");
        _ownsDatabase = true;
    }

    /// <summary>
    /// A second instance over another factory's database file: two factories on one file act as two
    /// instances of one site. The file belongs to the first, which deletes it.
    /// </summary>
    protected SiteFactory(string databasePath)
    {
        _databasePath = databasePath;
    }

    /// <summary>The office address of every test site (Mail:OfficeAddress).</summary>
    public const string OfficeAddress = "office@njit.test";

    private string? _postgreSqlConnectionString;

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    /// <summary>False to start from an empty (migrated, unseeded) database.</summary>
    protected virtual bool Seed => true;

    /// <summary>
    /// Output caching is off in most test sites: tests move the fake clock and change data
    /// behind the site's back, which a cached page would (rightly) not show. <see cref="CachingSiteFactory"/>
    /// turns it on for the tests of the cache itself.
    /// </summary>
    protected virtual bool OutputCaching => false;

    /// <summary>
    /// Off in most test sites, which sign in as administrators with a password alone;
    /// <see cref="TwoFactorSiteFactory"/> turns it on (as in production) for the tests of the rule.
    /// </summary>
    protected virtual bool RequireTwoFactorForAdministrators => false;

    public string DatabasePath => _databasePath;

    /// <summary>
    /// The database the site runs on. Provider-sensitive test classes run twice: as written over
    /// SQLite, and in a subclass whose fixture overrides this with PostgreSQL (see PostgreSql/).
    /// </summary>
    public virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The cluster a PostgreSQL site's database is created in: the run's shared one unless a test needs its own.</summary>
    protected virtual Task<PostgreSqlServer> PostgreSqlCluster => PostgreSqlServer.Shared;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the site serves static assets only through the build manifest, whose
        // compressed files (site.css.gz) live under obj/: without this a browser asking for gzip got
        // no stylesheet, and browser tests ran unstyled.
        builder.UseStaticWebAssets();
        if (Provider == DatabaseProvider.PostgreSql)
        {
            // One database per site in the run's shared cluster; migrated (and seeded) at start as SQLite is.
            var server = PostgreSqlCluster.GetAwaiter().GetResult();
            _postgreSqlConnectionString = server.CreateDatabaseAsync("site").GetAwaiter().GetResult();
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Default", _postgreSqlConnectionString);
            builder.UseSetting("Database:MigrateOnStartup", "true");
        }
        else
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={_databasePath}");
        }

        builder.UseSetting("Database:SeedOnStartup", Seed ? "true" : "false");
        builder.UseSetting("OutputCache:Enabled", OutputCaching ? "true" : "false");
        builder.UseSetting("Security:RequireTwoFactorForAdministrators", RequireTwoFactorForAdministrators ? "true" : "false");
        // Tests run the scheduler themselves (ScheduledPublisher.RunOnceAsync), never in the background.
        builder.UseSetting("Scheduling:Enabled", "false");
        // Revision retention is driven directly by its tests, never by the background timer.
        builder.UseSetting("Revisions:PruneIntervalMinutes", "0");
        // Mail: no SMTP host (messages stay queued) and no background sender or digest; the mail
        // tests point the site at their own SMTP server and run the sender themselves.
        builder.UseSetting("Mail:SenderEnabled", "false");
        builder.UseSetting("Enquiries:RetentionJobEnabled", "false");
        builder.UseSetting("Mail:DigestEnabled", "false");
        builder.UseSetting("Mail:From", "NJIT International <noreply@njit.test>");
        builder.UseSetting("Mail:OfficeAddress", OfficeAddress);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureTestServices(services);
        });
    }

    /// <summary>Hook for a fixture that needs to swap one more seam.</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>Runs <paramref name="work"/> against the site's database in its own scope.</summary>
    public async Task WithDbAsync(Func<AppDbContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>A client that does not follow redirects, so tests can assert on them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!_ownsDatabase)
        {
            GC.SuppressFinalize(this);
            return;
        }

        if (_postgreSqlConnectionString is not null)
        {
            var cluster = await PostgreSqlCluster;
            if (cluster.IsRunning)
            {
                await cluster.DropDatabaseAsync(_postgreSqlConnectionString);
            }
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A seeded site with the output cache on, as in production.</summary>
public class CachingSiteFactory : SiteFactory
{
    protected override bool OutputCaching => true;
}

/// <summary>A seeded site where administrators must have a second factor, as in production.</summary>
public class TwoFactorSiteFactory : SiteFactory
{
    protected override bool RequireTwoFactorForAdministrators => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Every password and code step is a rate-limited sign-in request, and these tests make
        // dozens a minute from one address; the limiter has its own tests (RateLimitTests).
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "10000");
    }
}

/// <summary>A site whose database is migrated but holds no seed content.</summary>
public class EmptySiteFactory : SiteFactory
{
    protected override bool Seed => false;
}
