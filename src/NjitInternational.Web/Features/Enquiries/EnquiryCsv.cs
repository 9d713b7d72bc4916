using System.Globalization;
using CsvHelper;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// Writes enquiries as RFC 4180 CSV in UTF-8 (with a byte-order mark, so spreadsheets detect the
/// encoding). Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets an
/// apostrophe in front: enquiries are written by the public.
/// </summary>
public static class EnquiryCsv
{
    private static readonly string[] Header =
        ["Id", "Received (UTC)", "Name", "Email", "Country or region", "Programme", "Message", "Consent", "Read", "Handled (UTC)", "Handled by"];

    public static async Task<byte[]> WriteAsync(IEnumerable<EnquiryExportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var options = SafeWriterOptions();
        await using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            foreach (var row in rows)
            {
                await csv.WriteRecordAsync(
                [
                    row.Id.ToString(CultureInfo.InvariantCulture),
                    Time(row.SubmittedAtUtc),
                    row.Name,
                    row.Email,
                    row.Country ?? string.Empty,
                    row.Programme ?? string.Empty,
                    row.Message,
                    row.ConsentGiven ? "yes" : "no",
                    row.IsRead ? "yes" : "no",
                    row.HandledAtUtc is { } handled ? Time(handled) : string.Empty,
                    row.HandledBy ?? string.Empty,
                ], cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// RFC 4180, CRLF, UTF-8 with BOM, and formula injection escaped with an apostrophe: for every
    /// CSV the admin area writes (see also <see cref="ContentCsv.ContentCsvFile"/>).
    /// </summary>
    public static CsvWriterOptions SafeWriterOptions() => new()
    {
        Injection = CsvInjection.Escape,
        InjectionEscape = '\'',
        NewLine = "\r\n",
        WriteByteOrderMark = true,
    };

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
