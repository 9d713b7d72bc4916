using System.Globalization;
using System.IO.Compression;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.ScaleOut;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.IntegrationTests.Backup;

/// <summary>
/// <c>backup</c> and <c>restore</c>, run as processes the way an operator or a timer runs them,
/// against a site that is serving and saving at the same time.
/// </summary>
public sealed class BackupAndRestoreTests : IClassFixture<MediaSiteFactory>, IDisposable
{
    private readonly MediaSiteFactory _site;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"njit-backup-{Guid.NewGuid():N}");
    private readonly SiteBuild _build = SiteBuild.Locate();

    public BackupAndRestoreTests(MediaSiteFactory site)
    {
        _site = site;
        Directory.CreateDirectory(_root);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task BackupTakenWhileAnEditorSaves_RestoresOnePointInTime_AndAQuietBackupRestoresEveryRowAndFile()
    {
        var media = await StoreMediaAsync(3);
        var partnerId = await _site.WithDbAsync(db => db.Partners.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var revisionsBefore = await RevisionCountAsync(partnerId);

        using var stop = new CancellationTokenSource();
        var saved = 0;
        var editor = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var edit = saved + 1;
                await _site.WithDbAsync(async db =>
                {
                    var partner = await db.Partners.SingleAsync(p => p.Id == partnerId);
                    partner.Summary = $"Edit {edit}";
                    await db.SaveChangesAsync();
                });
                saved = edit;
            }
        });

        await WaitUntilAsync(() => saved >= 3);
        var busyArchive = Path.Combine(_root, "busy.zip");
        var output = await RunAsync(Location("source"), "backup", "--output", busyArchive);
        await WaitUntilAsync(() => saved >= 6);
        await stop.CancelAsync();
        await editor;

        Assert.Contains("Backup written", output, StringComparison.Ordinal);
        await RunAsync(Location("busy"), "restore", "--input", busyArchive);
        await using (var restored = await OpenAsync(Location("busy").Database))
        {
            // The save writes the partner and its revision in one transaction: a copy taken
            // mid-save would show an edit without its revision, or the reverse.
            var summary = await ScalarAsync<string>(restored, $"SELECT Summary FROM Partners WHERE Id = {partnerId}");
            var edit = int.Parse(summary["Edit ".Length..], CultureInfo.InvariantCulture);
            var revisions = await ScalarAsync<long>(restored, $"SELECT COUNT(*) FROM ContentRevisions WHERE EntityType = 'Partner' AND EntityId = {partnerId}");
            Assert.InRange(edit, 3, saved);
            Assert.Equal(revisionsBefore + edit, revisions);
            Assert.Equal("ok", await ScalarAsync<string>(restored, "PRAGMA integrity_check"));
        }

        var quietArchive = Path.Combine(_root, "quiet.zip");
        await RunAsync(Location("source"), "backup", "--output", quietArchive);
        await RunAsync(Location("quiet"), "restore", "--input", quietArchive);

        await using var source = await OpenAsync(_site.DatabasePath);
        await using var copy = await OpenAsync(Location("quiet").Database);
        var tables = await TablesAsync(source);
        Assert.Contains("Partners", tables);
        Assert.Equal(tables, await TablesAsync(copy));
        foreach (var table in tables)
        {
            Assert.Equal(await DumpAsync(source, table), await DumpAsync(copy, table));
        }

        foreach (var (relative, bytes) in media)
        {
            Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Location("quiet").Media, relative)));
        }
    }

    [Fact]
    public async Task Restore_RefusesATargetThatIsNotEmpty_UnlessForced()
    {
        var archive = Path.Combine(_root, "site.zip");
        await RunAsync(Location("source"), "backup", "--output", archive);

        var occupied = Location("occupied");
        Directory.CreateDirectory(Path.GetDirectoryName(occupied.Database)!);
        await File.WriteAllTextAsync(occupied.Database, "an older site's database");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(occupied, "restore", "--input", archive));
        Assert.Contains("The target is not empty", refused.Message, StringComparison.Ordinal);
        Assert.Equal("an older site's database", await File.ReadAllTextAsync(occupied.Database));

        await RunAsync(occupied, "restore", "--input", archive, "--force");
        await using var restored = await OpenAsync(occupied.Database);
        var partners = await _site.WithDbAsync(db => db.Partners.LongCountAsync());
        Assert.Equal(partners, await ScalarAsync<long>(restored, "SELECT COUNT(*) FROM Partners"));
    }

    [Fact]
    public async Task Restore_OfAnAlteredArchive_RestoresNothing()
    {
        var (relative, _) = (await StoreMediaAsync(1)).Single();
        var archive = Path.Combine(_root, "altered.zip");
        await RunAsync(Location("source"), "backup", "--output", archive);
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("media/" + relative)!;
            entry.Delete();
            await using var replaced = zip.CreateEntry("media/" + relative).Open();
            await replaced.WriteAsync(new byte[] { 1, 2, 3 });
        }

        var target = Location("altered");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(target, "restore", "--input", archive));

        Assert.Contains("does not match the manifest", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target.Database));
        Assert.False(Directory.Exists(target.Media) && Directory.EnumerateFileSystemEntries(target.Media).Any());
    }

    [Fact]
    public async Task Backup_WithoutAnOutput_PrintsUsage_AndOnAServerDatabase_PointsToTheServersTools()
    {
        var usage = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(Location("source"), "backup"));
        Assert.Contains("exited 64", usage.Message, StringComparison.Ordinal);
        Assert.Contains("Usage: backup --output", usage.Message, StringComparison.Ordinal);

        KeyValuePair<string, string>[] sqlServer =
        [
            new("Database:Provider", "SqlServer"),
            new("ConnectionStrings:Default", "Server=127.0.0.1,1;Database=none;User Id=x;Password=y;TrustServerCertificate=true"),
        ];
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _build.RunAsync(Path.Combine(_root, "home"), sqlServer, null, "backup", "--output", Path.Combine(_root, "never.zip")));
        Assert.Contains("back it up with the server's own tools", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "never.zip")));
    }

    private sealed record SiteLocation(string Database, string Media);

    private SiteLocation Location(string name) =>
        name == "source"
            ? new SiteLocation(_site.DatabasePath, _site.MediaFolder)
            : new SiteLocation(Path.Combine(_root, name, "site.db"), Path.Combine(_root, name, "media"));

    private Task<string> RunAsync(SiteLocation location, params string[] arguments) =>
        _build.RunAsync(
            Path.Combine(_root, "home"),
            [
                new("ConnectionStrings:Default", $"Data Source={location.Database}"),
                new("Media:StoragePath", location.Media),
            ],
            null,
            arguments);

    /// <summary>Stores images' files through the site's own storage; returns their paths below the media root and bytes.</summary>
    private async Task<List<(string Relative, byte[] Bytes)>> StoreMediaAsync(int count)
    {
        var storage = _site.Services.GetRequiredService<IMediaStorage>();
        var stored = new List<(string, byte[])>();
        for (var i = 0; i < count; i++)
        {
            var key = Guid.NewGuid();
            var bytes = new byte[2048 + i];
            Random.Shared.NextBytes(bytes);
            await storage.WriteAsync(key, "640.webp", bytes, CancellationToken.None);
            stored.Add(($"{key:N}/640.webp", bytes));
        }

        return stored;
    }

    private Task<int> RevisionCountAsync(int partnerId) =>
        _site.WithDbAsync(db => db.Set<NjitInternational.Web.Data.Entities.ContentRevision>().CountAsync(r => r.EntityType == "Partner" && r.EntityId == partnerId));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        var tables = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>
    /// Every row of a table, every column, as text, sorted: the search index's FTS5 shadow tables
    /// are WITHOUT ROWID, so rows are compared as a set rather than in rowid order.
    /// </summary>
    private static async Task<List<string>> DumpAsync(SqliteConnection connection, string table)
    {
        var rows = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('\u001f', values.Select(v => v is byte[] b ? Convert.ToHexString(b) : Convert.ToString(v, CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
