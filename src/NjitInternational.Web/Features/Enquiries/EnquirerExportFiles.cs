using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NjitInternational.Web.Features.Csv;

namespace NjitInternational.Web.Features.Enquiries;

/// <summary>
/// An enquirer's data as files they can be given: CSV (one row per enquiry, then one per reply,
/// with the formula guard of <see cref="CsvFormat.Admin"/> since the public wrote the text) and
/// JSON (each enquiry holding its reply thread).
/// </summary>
public static class EnquirerExportFiles
{
    private static readonly string[] Header =
        ["Record", "Enquiry id", "Date (UTC)", "Name", "Email", "Country or region", "Programme", "Topic", "Text", "Consent", "Language", "Read", "Handled (UTC)", "Handled or sent by"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Chinese names and messages stay readable in the file.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Task<byte[]> CsvAsync(IReadOnlyList<EnquirerExport> enquiries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enquiries);
        return CsvTableWriter.ToBytesAsync(CsvFormat.Admin, Header, enquiries.SelectMany(Rows), cancellationToken);
    }

    public static byte[] Json(IReadOnlyList<EnquirerExport> enquiries, DateTime exportedAtUtc) =>
        JsonSerializer.SerializeToUtf8Bytes(new { exportedAtUtc, enquiries }, JsonOptions);

    private static IEnumerable<string?[]> Rows(EnquirerExport e)
    {
        var id = e.Id.ToString(CultureInfo.InvariantCulture);
        yield return
        [
            "Enquiry", id, Time(e.SubmittedAtUtc), e.Name, e.Email, e.Country, e.Programme, e.Topic, e.Message,
            e.ConsentGiven ? "yes" : "no", e.Culture, e.IsRead ? "yes" : "no",
            e.HandledAtUtc is { } handled ? Time(handled) : null, e.HandledBy,
        ];
        foreach (var reply in e.Replies)
        {
            yield return ["Reply", id, Time(reply.SentAtUtc), null, null, null, null, null, reply.Body, null, null, null, null, reply.SentBy];
        }
    }

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
