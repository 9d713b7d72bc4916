using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace NjitInternational.Web.Infrastructure.Backup;

/// <summary>
/// Writes one archive: a consistent copy of the SQLite database taken with SQLite's online backup
/// API (safe while the site serves and editors save: the copy is one point in time, never half a
/// transaction), every media file, and the manifest that lets a restore prove it is complete.
/// </summary>
internal sealed class BackupWriter(BackupLocations locations, TimeProvider clock, TextWriter progress)
{
    public async Task<BackupManifest> WriteAsync(string output, CancellationToken cancellationToken)
    {
        var outputPath = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        // Built under a temporary name and moved at the end, so a failed run never leaves a file
        // that looks like a backup.
        var partial = outputPath + ".partial";
        var copy = Path.Combine(Path.GetTempPath(), $"njit-backup-{Guid.NewGuid():N}.sqlite");
        try
        {
            await progress.WriteLineAsync($"Copying the database {locations.DatabaseFile} (online backup)...");
            var (tables, latestMigration) = await CopyDatabaseAsync(copy, cancellationToken);
            await progress.WriteLineAsync($"  {tables.Count} tables, {tables.Values.Sum()} rows, latest migration {latestMigration ?? "(none)"}.");

            BackupManifest manifest;
            await using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var database = await AddFileAsync(archive, copy, BackupManifest.DatabaseEntryName, cancellationToken);
                var media = await AddMediaAsync(archive, cancellationToken);
                manifest = new BackupManifest
                {
                    CreatedAtUtc = clock.GetUtcNow(),
                    LatestMigration = latestMigration,
                    Database = database,
                    Tables = tables,
                    MediaFiles = media,
                };
                var entry = archive.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal);
                await using var writer = new StreamWriter(await entry.OpenAsync(cancellationToken));
                await writer.WriteAsync(manifest.ToJson());
            }

            File.Move(partial, outputPath, overwrite: false);
            await progress.WriteLineAsync($"Backup written: {outputPath} ({new FileInfo(outputPath).Length:N0} bytes).");
            return manifest;
        }
        finally
        {
            File.Delete(partial);
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    private async Task<(IReadOnlyDictionary<string, long> Tables, string? LatestMigration)> CopyDatabaseAsync(string copy, CancellationToken cancellationToken)
    {
        if (!File.Exists(locations.DatabaseFile))
        {
            throw new BackupException($"There is no database at {locations.DatabaseFile}.");
        }

        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = locations.DatabaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);

        // Counted on the copy, so the manifest describes exactly what the archive holds.
        return (await SqliteSnapshot.CountRowsAsync(destination, cancellationToken), await SqliteSnapshot.LatestMigrationAsync(destination, cancellationToken));
    }

    private async Task<IReadOnlyList<BackupFile>> AddMediaAsync(ZipArchive archive, CancellationToken cancellationToken)
    {
        var files = locations.MediaFiles();
        await progress.WriteLineAsync($"Adding {files.Count} media files from {locations.MediaRoot}...");
        var added = new List<BackupFile>(files.Count);
        foreach (var relative in files)
        {
            var path = Path.Combine(locations.MediaRoot, relative);
            if (!File.Exists(path))
            {
                // Deleted from the library since it was listed: the database copy may still name
                // it, which a restore then reports like any missing image.
                await progress.WriteLineAsync($"  skipped {relative}: deleted while the backup ran.");
                continue;
            }

            var file = await AddFileAsync(archive, path, BackupManifest.MediaFolder + relative, cancellationToken);
            added.Add(file with { Path = relative });
            if (added.Count % 100 == 0)
            {
                await progress.WriteLineAsync($"  {added.Count} of {files.Count} media files...");
            }
        }

        return added;
    }

    private static async Task<BackupFile> AddFileAsync(ZipArchive archive, string path, string entryName, CancellationToken cancellationToken)
    {
        // Images are already compressed: storing them as they are saves time and nothing else.
        var level = entryName.StartsWith(BackupManifest.MediaFolder, StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        var entry = archive.CreateEntry(entryName, level);
        await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        await using var target = await entry.OpenAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            bytes += read;
        }

        return new BackupFile(entryName, bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
