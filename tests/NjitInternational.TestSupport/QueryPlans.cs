using System.Text;
using Microsoft.Data.Sqlite;

namespace NjitInternational.TestSupport;

/// <summary>Reads SQLite's query plans of recorded commands, to prove filters use indexes.</summary>
public static class QueryPlans
{
    /// <summary>EXPLAIN QUERY PLAN of <paramref name="command"/>, one line per plan step (e.g. "SEARCH Partners USING INDEX ...").</summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(string databasePath, RecordedCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    /// <summary>Steps that read a whole table without an index ("SCAN Partners" but not "SCAN ... USING INDEX").</summary>
    public static IEnumerable<string> FullTableScans(IEnumerable<string> steps, string table) =>
        steps.Where(s => s.StartsWith("SCAN " + table, StringComparison.Ordinal)
            && !s.Contains("USING INDEX", StringComparison.Ordinal)
            && !s.Contains("USING COVERING INDEX", StringComparison.Ordinal));

    public static string Describe(RecordedCommand command, IEnumerable<string> steps)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = new StringBuilder(command.Sql).AppendLine();
        foreach (var step in steps)
        {
            text.Append("  ").AppendLine(step);
        }

        return text.ToString();
    }
}
