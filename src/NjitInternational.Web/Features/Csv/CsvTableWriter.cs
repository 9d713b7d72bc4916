using CsvHelper;

namespace NjitInternational.Web.Features.Csv;

/// <summary>The one CSV writer: a header row and one row of text per record, in a <see cref="CsvFormat"/>.</summary>
public static class CsvTableWriter
{
    public static async Task WriteAsync(Stream output, CsvFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        await using var csv = CsvWriter.Create(output, format.WriterOptions(), leaveOpen: true);
        await csv.WriteRecordAsync([.. header], cancellationToken);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync([.. row.Select(field => field ?? string.Empty)], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static async Task<byte[]> ToBytesAsync(CsvFormat format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        await using var buffer = new MemoryStream();
        await WriteAsync(buffer, format, header, rows, cancellationToken);
        return buffer.ToArray();
    }
}
