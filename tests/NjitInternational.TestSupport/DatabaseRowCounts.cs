using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;

namespace NjitInternational.TestSupport;

/// <summary>
/// The number of rows in every table of the site's database (migrations history included), so a
/// test can prove that a rejected or failed write left nothing behind.
/// </summary>
public static class DatabaseRowCounts
{
    public static async Task<IReadOnlyDictionary<string, long>> CaptureAsync(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                counts[table] = await CountAsync(connection, table);
            }

            return counts;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>"Table: before → after" for every table whose count changed; empty when none did.</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return [.. before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Where(t => before.GetValueOrDefault(t, -1) != after.GetValueOrDefault(t, -1))
            .Select(t => $"{t}: {before.GetValueOrDefault(t, -1)} -> {after.GetValueOrDefault(t, -1)}")];
    }

    private static async Task<long> CountAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        // Table names come from sqlite_master, not from input; quoted for names with odd characters.
#pragma warning disable CA2100
        command.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
