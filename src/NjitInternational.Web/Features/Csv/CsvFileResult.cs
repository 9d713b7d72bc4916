using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace NjitInternational.Web.Features.Csv;

/// <summary>
/// A CSV download streamed to the response by <see cref="CsvTableWriter"/>: a header and one string
/// array per row. <paramref name="noStore"/> keeps staff downloads out of every cache.
/// </summary>
public sealed class CsvFileResult(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, CsvFormat format, bool noStore = false) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        if (noStore)
        {
            response.Headers[HeaderNames.CacheControl] = "no-store";
        }

        await CsvTableWriter.WriteAsync(response.Body, format, header, rows, context.HttpContext.RequestAborted);
    }
}
