using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport.PostgreSql;
using NjitInternational.Web.Data;
using Xunit;

namespace NjitInternational.TestSupport.ScaleOut;

/// <summary>
/// Two instances of the site as separate processes on two loopback ports, sharing one database
/// (a SQLite file, or a PostgreSQL database in <see cref="PostgreSqlTwoInstanceSite"/>, migrated and seeded once by the <c>initialize-database</c> deployment step
/// before either starts) and one private Redis, as behind a load balancer. Nothing else is shared:
/// each instance has its own HOME, so a key ring or cache in the user's profile would not help.
/// One fixture per test class (IClassFixture); the instances start in parallel.
/// Extend it by subclassing: <see cref="InstanceSettings"/> adds settings to both instances, and
/// tests can write to the shared database (<see cref="WithDbAsync{T}"/>) and wait for the
/// instances to act (<see cref="WaitUntilAsync"/>).
/// </summary>
public class TwoInstanceSite : IAsyncLifetime
{
    /// <summary>The administrator the deployment step creates (create-admin), password already chosen.</summary>
    public const string AdminEmail = "scale-out-admin@njit.test";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"njit-scaleout-{Guid.NewGuid():N}");

    public static string AdminPassword => StaffAccounts.Password;

    public string DatabasePath => Path.Combine(_root, "site.db");

    public RedisServer Redis { get; private set; } = null!;

    public SiteInstance A { get; private set; } = null!;

    public SiteInstance B { get; private set; } = null!;

    /// <summary>Settings both instances get on top of the shared database and Redis (override to add).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> InstanceSettings => [];

    /// <summary>The shared database: a SQLite file here, a PostgreSQL database in <see cref="PostgreSqlTwoInstanceSite"/>.</summary>
    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private string _connectionString = string.Empty;

    private IEnumerable<KeyValuePair<string, string>> DatabaseSettings =>
    [
        new("Database:Provider", Provider.ToString()),
        new("ConnectionStrings:Default", _connectionString),
    ];

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _connectionString = Provider == DatabaseProvider.PostgreSql
            ? await (await PostgreSqlServer.Shared).CreateDatabaseAsync("farm")
            : $"Data Source={DatabasePath}";
        var build = SiteBuild.Locate();
        var redis = RedisServer.StartAsync(_root);
        try
        {
            // The deployment step, once: schema, roles, seed content, then the first administrator.
            // (A server database is migrated only when asked: the step stands in for the migration bundle.)
            await build.RunAsync(Home("deploy"), [.. DatabaseSettings, new("Database:MigrateOnStartup", "true")], null, "initialize-database");
            await build.RunAsync(
                Home("deploy"),
                [.. DatabaseSettings, new("Database:MigrateOnStartup", "false"), new("Database:SeedOnStartup", "false")],
                AdminPassword,
                "create-admin",
                "--email",
                AdminEmail,
                "--password-stdin");
            // create-admin makes the account choose a new password at first sign-in; these tests
            // sign in as an administrator who already has.
            await WithDbAsync(db => db.Users.ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, false)));
        }
        finally
        {
            Redis = await redis;
        }

        // The instances neither migrate nor seed: they start together, as after a deployment.
        List<KeyValuePair<string, string>> settings =
        [
            .. DatabaseSettings,
            new("Database:MigrateOnStartup", "false"),
            new("Database:SeedOnStartup", "false"),
            new("Redis:Configuration", Redis.Configuration),
            new("OutputCache:Enabled", "true"),
            // The tests sign administrators in with a password alone (see SiteFactory).
            new("Security:RequireTwoFactorForAdministrators", "false"),
            // Both instances run the scheduler every 2 s, so a test sees them compete for its lease.
            new("Scheduling:IntervalSeconds", "2"),
            .. InstanceSettings,
        ];
        var a = SiteInstance.StartAsync(build, "A", Home("a"), settings);
        var b = SiteInstance.StartAsync(build, "B", Home("b"), settings);
        try
        {
            await Task.WhenAll(a, b);
        }
        catch
        {
            foreach (var started in new[] { a, b }.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }

        A = a.Result;
        B = b.Result;
    }

    /// <summary>Runs <paramref name="work"/> on the shared database directly (no site interceptors: no audit, no cache eviction).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using AppDbContext db = Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(_connectionString).Options)
            : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(_connectionString).Options);
        return await work(db);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with both instances' logs when it never does.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Not within {timeout}: {what}\n--- A ---\n{A.Output}\n--- B ---\n{B.Output}");
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in new IAsyncDisposable?[] { A, B, Redis })
        {
            if (disposable is not null)
            {
                await disposable.DisposeAsync();
            }
        }

        SqliteConnection.ClearAllPools();
        if (Provider == DatabaseProvider.PostgreSql && _connectionString.Length > 0)
        {
            await (await PostgreSqlServer.Shared).DropDatabaseAsync(_connectionString);
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temp folder is cleaned by the OS.
        }
    }

    private string Home(string name) => Path.Combine(_root, "home-" + name);
}

/// <summary>The farm as deployed on a server database: two instances over one PostgreSQL database and one Redis.</summary>
public class PostgreSqlTwoInstanceSite : TwoInstanceSite
{
    protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
}
