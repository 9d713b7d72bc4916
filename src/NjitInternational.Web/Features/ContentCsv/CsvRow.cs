namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>One data row of an import file, read by column name; <see cref="Line"/> is the file's line number.</summary>
public sealed class CsvRow(int line, IReadOnlyDictionary<string, int> columns, string[] values)
{
    public int Line { get; } = line;

    public bool Has(string column) => columns.ContainsKey(column);

    /// <summary>The value (formula escape undone), or "" when the column is absent or the field empty.</summary>
    public string Get(string column) =>
        columns.TryGetValue(column, out var index) && index < values.Length ? ContentCsvFile.Unescape(values[index]) : string.Empty;

    public string? GetOrNull(string column) => Get(column) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
