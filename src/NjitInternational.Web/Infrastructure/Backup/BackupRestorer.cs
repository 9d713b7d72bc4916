using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace NjitInternational.Web.Infrastructure.Backup;

/// <summary>
/// Restores an archive into the configured locations. Everything is unpacked and checked against
/// the manifest (checksums, row counts, migration) beside the target first; only a complete,
/// verified copy replaces it, so a damaged archive leaves the target as it was.
/// </summary>
internal sealed class BackupRestorer(BackupLocations locations, TextWriter progress)
{
    public async Task<BackupManifest> RestoreAsync(string input, bool force, CancellationToken cancellationToken)
    {
        if (!File.Exists(input))
        {
            throw new BackupException($"There is no archive at {Path.GetFullPath(input)}.");
        }

        var occupied = Occupied();
        if (occupied.Count > 0 && !force)
        {
            throw new BackupException(
                $"The target is not empty ({string.Join("; ", occupied)}). Restore into an empty location, " +
                "or pass --force to replace what is there.");
        }

        using var archive = OpenArchive(input);
        var manifest = await ReadManifestAsync(archive, cancellationToken);
        await progress.WriteLineAsync($"Archive of {manifest.CreatedAtUtc:u}: {manifest.Tables.Count} tables, {manifest.MediaFiles.Count} media files.");

        var stamp = Guid.NewGuid().ToString("N");
        var stagedDatabase = locations.DatabaseFile + $".restore-{stamp}";
        var stagedMedia = locations.MediaRoot.TrimEnd(Path.DirectorySeparatorChar) + $".restore-{stamp}";
        try
        {
            await progress.WriteLineAsync("Checking the database copy...");
            await ExtractVerifiedAsync(archive, BackupManifest.DatabaseEntryName, manifest.Database, stagedDatabase, cancellationToken);
            await VerifyDatabaseAsync(stagedDatabase, manifest, cancellationToken);

            await progress.WriteLineAsync($"Checking {manifest.MediaFiles.Count} media files...");
            foreach (var file in manifest.MediaFiles)
            {
                await ExtractVerifiedAsync(archive, BackupManifest.MediaFolder + file.Path, file, Path.Combine(stagedMedia, SafeRelativePath(file.Path)), cancellationToken);
            }

            ReplaceTarget(stagedDatabase, stagedMedia);
            await progress.WriteLineAsync(
                $"Restored {manifest.Tables.Values.Sum()} rows to {locations.DatabaseFile} and {manifest.MediaFiles.Count} media files to {locations.MediaRoot}.");
            return manifest;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(stagedDatabase);
            if (Directory.Exists(stagedMedia))
            {
                Directory.Delete(stagedMedia, recursive: true);
            }
        }
    }

    /// <summary>What is already at the target, described for the refusal message.</summary>
    private List<string> Occupied()
    {
        var occupied = new List<string>();
        if (File.Exists(locations.DatabaseFile) && new FileInfo(locations.DatabaseFile).Length > 0)
        {
            occupied.Add($"a database at {locations.DatabaseFile}");
        }

        var media = locations.MediaFiles();
        if (media.Count > 0)
        {
            occupied.Add($"{media.Count} media files in {locations.MediaRoot}");
        }

        return occupied;
    }

    private static ZipArchive OpenArchive(string input)
    {
        try
        {
            return ZipFile.OpenRead(input);
        }
        catch (InvalidDataException)
        {
            throw new BackupException($"{input} is not a backup archive (not a zip file).");
        }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive archive, CancellationToken cancellationToken)
    {
        var entry = archive.GetEntry(BackupManifest.EntryName)
            ?? throw new BackupException($"The archive has no {BackupManifest.EntryName}: it was not written by the backup command.");
        using var reader = new StreamReader(await entry.OpenAsync(cancellationToken));
        BackupManifest? manifest;
        try
        {
            manifest = BackupManifest.FromJson(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new BackupException($"The archive's manifest cannot be read: {ex.Message}");
        }

        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat)
        {
            throw new BackupException($"The archive's manifest has format {manifest?.Format}; this version restores format {BackupManifest.CurrentFormat}.");
        }

        return manifest;
    }

    private static async Task ExtractVerifiedAsync(ZipArchive archive, string entryName, BackupFile expected, string destination, CancellationToken cancellationToken)
    {
        var entry = archive.GetEntry(entryName) ?? throw new BackupException($"The archive lacks {entryName}, which its manifest lists.");
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using (var source = await entry.OpenAsync(cancellationToken))
        await using (var target = new FileStream(destination, FileMode.CreateNew, FileAccess.Write))
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        await using var written = File.OpenRead(destination);
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(written, cancellationToken));
        if (written.Length != expected.Bytes || sha256 != expected.Sha256)
        {
            throw new BackupException($"{entryName} does not match the manifest (damaged or altered archive): nothing was restored.");
        }
    }

    private static async Task VerifyDatabaseAsync(string database, BackupManifest manifest, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        var integrity = await SqliteSnapshot.IntegrityCheckAsync(connection, cancellationToken);
        if (integrity != "ok")
        {
            throw new BackupException($"The database copy fails SQLite's integrity check ({integrity}): nothing was restored.");
        }

        var counts = await SqliteSnapshot.CountRowsAsync(connection, cancellationToken);
        var differences = manifest.Tables.Keys.Union(counts.Keys)
            .Where(table => manifest.Tables.GetValueOrDefault(table, -1) != counts.GetValueOrDefault(table, -1))
            .ToList();
        if (differences.Count > 0)
        {
            throw new BackupException($"Row counts differ from the manifest in {string.Join(", ", differences)}: nothing was restored.");
        }

        if (await SqliteSnapshot.LatestMigrationAsync(connection, cancellationToken) != manifest.LatestMigration)
        {
            throw new BackupException("The database copy's migration differs from the manifest: nothing was restored.");
        }
    }

    /// <summary>A manifest path as a path below the media root; anything reaching outside it is refused.</summary>
    private static string SafeRelativePath(string path)
    {
        var segments = path.Split('/');
        if (Path.IsPathRooted(path) || segments.Any(segment => segment is "" or "." or ".." || segment.Contains('\\', StringComparison.Ordinal)))
        {
            throw new BackupException($"The manifest names a media path outside the media folder ({path}): nothing was restored.");
        }

        return Path.Combine(segments);
    }

    private void ReplaceTarget(string stagedDatabase, string stagedMedia)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            // A replaced database's journal belongs to the old file and would corrupt the new one.
            File.Delete(locations.DatabaseFile + suffix);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(locations.DatabaseFile)!);
        File.Move(stagedDatabase, locations.DatabaseFile, overwrite: true);

        if (Directory.Exists(locations.MediaRoot))
        {
            Directory.Delete(locations.MediaRoot, recursive: true);
        }

        if (Directory.Exists(stagedMedia))
        {
            Directory.Move(stagedMedia, locations.MediaRoot);
        }
        else
        {
            Directory.CreateDirectory(locations.MediaRoot);
        }
    }
}
