using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NjitInternational.Web.Infrastructure.Backup;

/// <summary>Reads what a manifest records of an SQLite file: rows per table and the newest migration.</summary>
internal static class SqliteSnapshot
{
    public static async Task<IReadOnlyDictionary<string, long>> CountRowsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            // Internal tables (sqlite_sequence, sqlite_stat1) are SQLite's own bookkeeping.
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    public static async Task<string?> LatestMigrationAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory') " +
            "THEN (SELECT MAX(MigrationId) FROM \"__EFMigrationsHistory\") END";
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public static async Task<string> IntegrityCheckAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (await command.ExecuteScalarAsync(cancellationToken) as string) ?? "no answer";
    }
}
