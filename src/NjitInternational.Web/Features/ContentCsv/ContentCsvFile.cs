using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using NjitInternational.Web.Features.Enquiries;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>
/// A CSV download of the admin area: the enquiry export's safe options (formula injection escaped
/// with an apostrophe, which <see cref="Unescape"/> undoes on import, so an export imports back
/// unchanged).
/// </summary>
public sealed class ContentCsvFile(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) : IActionResult
{
    private static readonly char[] InjectionStarts = ['=', '+', '-', '@', '\t', '\r'];

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        response.Headers[HeaderNames.CacheControl] = "no-store";
        var cancellationToken = context.HttpContext.RequestAborted;
        await using var csv = CsvWriter.Create(response.Body, EnquiryCsv.SafeWriterOptions(), leaveOpen: true);
        await csv.WriteRecordAsync([.. header], cancellationToken);
        foreach (var row in rows)
        {
            await csv.WriteRecordAsync([.. row.Select(field => field ?? string.Empty)], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>Removes the apostrophe the export put before text a spreadsheet would run as a formula.</summary>
    public static string Unescape(string value) =>
        value.Length >= 2 && value[0] == '\'' && InjectionStarts.Contains(value[1]) ? value[1..] : value;

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string YesNo(bool value) => value ? "yes" : "no";
}
