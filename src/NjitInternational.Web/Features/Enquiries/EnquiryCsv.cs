using System.Globalization;
using NjitInternational.Web.Features.Csv;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// The enquiry export in <see cref="CsvFormat.Admin"/>: enquiries are written by the public, so text a
/// spreadsheet would run as a formula gets an apostrophe in front.
/// </summary>
public static class EnquiryCsv
{
    private static readonly string[] Header =
        ["Id", "Received (UTC)", "Name", "Email", "Country or region", "Programme", "Message", "Consent", "Read", "Handled (UTC)", "Handled by"];

    public static Task<byte[]> WriteAsync(IEnumerable<EnquiryExportRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvTableWriter.ToBytesAsync(CsvFormat.Admin, Header, rows.Select(Row), cancellationToken);
    }

    private static string?[] Row(EnquiryExportRow row) =>
    [
        row.Id.ToString(CultureInfo.InvariantCulture),
        Time(row.SubmittedAtUtc),
        row.Name,
        row.Email,
        row.Country,
        row.Programme,
        row.Message,
        row.ConsentGiven ? "yes" : "no",
        row.IsRead ? "yes" : "no",
        row.HandledAtUtc is { } handled ? Time(handled) : null,
        row.HandledBy,
    ];

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
