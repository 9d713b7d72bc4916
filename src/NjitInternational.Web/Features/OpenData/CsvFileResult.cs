using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace NjitInternational.Web.Features.OpenData;

/// <summary>
/// An open-data download: RFC 4180 CSV (comma, CRLF, fields with commas, quotes or line breaks
/// quoted, quotes doubled) in UTF-8 with a byte-order mark, which spreadsheet programs need to
/// read non-ASCII names correctly. Reusable for any list: a header and one string array per row.
/// </summary>
public sealed class CsvFileResult(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();

        var cancellationToken = context.HttpContext.RequestAborted;
        await using var csv = CsvWriter.Create(response.Body, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        await csv.WriteRecordAsync([.. header], cancellationToken);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync([.. row.Select(field => field ?? string.Empty)], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
