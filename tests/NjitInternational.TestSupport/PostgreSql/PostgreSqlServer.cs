using System.Diagnostics;
using System.Globalization;
using NjitInternational.TestSupport.ScaleOut;
using Npgsql;

namespace NjitInternational.TestSupport.PostgreSql;

/// <summary>
/// A private PostgreSQL cluster: <c>initdb</c> in a temporary folder, <c>postgres</c> on a free
/// loopback port with its socket in that folder, deleted on dispose. PostgreSQL refuses to run as
/// root, so under root (CI containers) every server command runs as the <c>postgres</c> user of
/// Debian's package. <c>./scripts/test.sh</c> installs <c>postgresql</c>; without it the fixture
/// fails (never skips). <see cref="Shared"/> is the one cluster of a test run; a test that stops
/// the server (an outage) starts its own.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    private static readonly Lazy<Task<PostgreSqlServer>> SharedServer = new(StartShared);

    private readonly string _root;
    private readonly string _binaries;
    private CapturedProcess? _process;

    private PostgreSqlServer(string root, string binaries, int port)
    {
        _root = root;
        _binaries = binaries;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>The cluster every PostgreSQL test site of this run creates its database in; stopped when the run ends.</summary>
    public static Task<PostgreSqlServer> Shared => SharedServer.Value;

    /// <summary>Whether the postgres process is running (an outage test stops it).</summary>
    public bool IsRunning => _process is { HasExited: false };

    public static async Task<PostgreSqlServer> StartAsync()
    {
        var binaries = FindBinaries();
        // Under root the postgres user must be able to reach the folder: /tmp, not a private TMPDIR.
        var root = Path.Combine(IsRoot ? "/tmp" : Path.GetTempPath(), $"njit-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var server = new PostgreSqlServer(root, binaries, FreePort.Next());
        try
        {
            if (IsRoot)
            {
                await RunAsync(new ProcessStartInfo("chown") { ArgumentList = { "-R", $"{SuperUser}:{SuperUser}", root } });
            }

            await RunAsync(server.ServerCommand(
                "initdb", "-D", server.DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"));
            await server.StartServerAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection string for <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        // Short waits, so an outage is noticed quickly; plenty of connections for parallel test classes.
        Timeout = 3,
        MaxPoolSize = 20,
        IncludeErrorDetail = true,
    }.ConnectionString;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    /// <summary>Drops the database of <paramref name="connectionString"/>, closing whatever still uses it.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>Stops the server (fast shutdown: open sessions are cut), as when the database server goes away.</summary>
    public async Task StopAsync()
    {
        await RunAsync(ServerCommand("pg_ctl", "stop", "-D", DataDirectory, "-m", "fast", "-w"));
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
    }

    /// <summary>Starts the server again on the same port and data.</summary>
    public Task StartAgainAsync() => StartServerAsync();

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        for (var attempt = 0; attempt < 10 && Directory.Exists(_root); attempt++)
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // Backends still writing as they die: try again shortly.
                await Task.Delay(200);
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task<PostgreSqlServer> StartShared()
    {
        var server = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    private async Task StartServerAsync()
    {
        // A watchdog shell stops postgres when the test process is gone: the test runner kills its
        // host at the end of a run, so no shutdown hook of ours can be relied on to do it.
        var watchdog = string.Create(
            CultureInfo.InvariantCulture,
            $"\"$0\" \"$@\" & pg=$!; while [ -d /proc/{Environment.ProcessId} ] && kill -0 $pg 2>/dev/null; do sleep 1; done; kill -INT $pg 2>/dev/null; wait $pg");
        _process = CapturedProcess.Start(ServerCommand(
            "/bin/sh",
            "-c", watchdog,
            Path.Combine(_binaries, "postgres"),
            "-D", DataDirectory,
            "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-k", _root,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off",
            "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off",
            "-c", "max_connections=300",
            "-c", "dynamic_shared_memory_type=mmap"));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                break;
            }

            try
            {
                await ExecuteAsync("SELECT 1");
                return;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"postgres did not accept connections on port {Port}:\n{_process.Output}");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A server program of the cluster, run as the postgres user when the tests run as root.</summary>
    private ProcessStartInfo ServerCommand(string program, params string[] arguments)
    {
        var path = Path.IsPathRooted(program) ? program : Path.Combine(_binaries, program);
        var start = IsRoot ? new ProcessStartInfo("runuser") : new ProcessStartInfo(path);
        if (IsRoot)
        {
            foreach (var argument in new[] { "-u", SuperUser, "--", path })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.WorkingDirectory = _root;
        return start;
    }

    private static Task<string> RunAsync(ProcessStartInfo start) => CapturedProcess.RunAsync(start, null, TimeSpan.FromSeconds(60));

    /// <summary>Debian's server programs (/usr/lib/postgresql/&lt;version&gt;/bin), newest version first.</summary>
    private static string FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        var found = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var version) ? version : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server programs were not found under /usr/lib/postgresql/<version>/bin. The PostgreSQL tests need " +
            "them: run ./scripts/test.sh (it installs postgresql with apt-get), or `apt-get install -y postgresql`.");
    }
}
