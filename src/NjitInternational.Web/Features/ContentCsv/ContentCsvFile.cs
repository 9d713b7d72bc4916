using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NjitInternational.Web.Features.Csv;

namespace NjitInternational.Web.Features.ContentCsv;

/// <summary>
/// A content list download of the admin area, in <see cref="CsvFormat.Admin"/> (formula injection
/// escaped with an apostrophe, which <see cref="Unescape"/> undoes on import, so an export imports
/// back unchanged), never cached; and the export's value formats.
/// </summary>
public sealed class ContentCsvFile(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) =>
        new CsvFileResult(fileName, header, rows, CsvFormat.Admin, noStore: true).ExecuteResultAsync(context);

    /// <summary>Removes the apostrophe the export put before text a spreadsheet would run as a formula.</summary>
    public static string Unescape(string value) =>
        value.Length >= 2 && value[0] == '\'' && CsvFormat.FormulaStarts.Contains(value[1]) ? value[1..] : value;

    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string YesNo(bool value) => value ? "yes" : "no";
}
