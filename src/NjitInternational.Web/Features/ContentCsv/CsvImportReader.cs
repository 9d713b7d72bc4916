using CsvHelper;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>Reads an import file: UTF-8 with or without a byte-order mark, a header row of known columns.</summary>
public static class CsvImportReader
{
    public static (IReadOnlyList<CsvRow> Rows, string? Error) Read(byte[] file, IReadOnlyList<string> header, string titleColumn)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(header);
        if (file.Length == 0)
        {
            return ([], "The file is empty. Export the list first to get a file with the right columns.");
        }

        try
        {
            using var reader = CsvReader.Create(file, new CsvReaderOptions { TrackLineNumbers = true, MaxRecordSize = 1024 * 1024 });
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = reader.Headers;
            for (var i = 0; i < names.Count; i++)
            {
                var name = names[i].Trim();
                var known = header.FirstOrDefault(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    return ([], $"Unknown column \"{name}\". The columns are those of the export: {string.Join(", ", header)}.");
                }

                if (!columns.TryAdd(known, i))
                {
                    return ([], $"The column \"{known}\" appears twice.");
                }
            }

            if (!columns.ContainsKey(titleColumn))
            {
                return ([], $"The file has no \"{titleColumn}\" column. The columns are those of the export: {string.Join(", ", header)}.");
            }

            var rows = new List<CsvRow>();
            while (reader.Read())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = reader.GetString(i);
                }

                if (values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (rows.Count == CsvImporter.MaxRows)
                {
                    return ([], $"The file has more than {CsvImporter.MaxRows:N0} rows. Split it into smaller files.");
                }

                rows.Add(new CsvRow((int)reader.LineNumber, columns, values));
            }

            return rows.Count == 0 ? ([], "The file has a header row but no records.") : (rows, null);
        }
        catch (CsvFormatException exception)
        {
            return ([], "The file is not valid CSV: " + exception.Message);
        }
    }
}
