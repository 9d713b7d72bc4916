using CsvHelper;

namespace NjitInternational.Web.Features.Csv;

/// <summary>
/// How a CSV file is written. Every file is RFC 4180 (comma, CRLF, fields with commas, quotes or
/// line breaks quoted, quotes doubled) in UTF-8; files differ only in the byte-order mark and the
/// formula-injection guard.
/// </summary>
/// <param name="ByteOrderMark">Spreadsheet programs need it to read non-ASCII text as UTF-8.</param>
/// <param name="EscapeFormulas">
/// Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets an apostrophe in
/// front; <see cref="ContentCsv.ContentCsvFile.Unescape"/> takes it off again on import.
/// </param>
public sealed record CsvFormat(bool ByteOrderMark, bool EscapeFormulas)
{
    /// <summary>The first characters that make a spreadsheet run a cell as a formula (the ones CsvHelper escapes by default).</summary>
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The admin area's downloads (enquiries are written by the public; content lists import back).</summary>
    public static readonly CsvFormat Admin = new(ByteOrderMark: true, EscapeFormulas: true);

    /// <summary>/partners.csv: values exactly as published, with a byte-order mark.</summary>
    public static readonly CsvFormat OpenData = new(ByteOrderMark: true, EscapeFormulas: false);

    /// <summary>/programmes.csv: values exactly as published, without a byte-order mark (its documented format).</summary>
    public static readonly CsvFormat OpenDataWithoutByteOrderMark = new(ByteOrderMark: false, EscapeFormulas: false);

    internal CsvWriterOptions WriterOptions() => EscapeFormulas
        ? new CsvWriterOptions
        {
            Injection = CsvInjection.Escape,
            InjectionEscape = '\'',
            NewLine = "\r\n",
            WriteByteOrderMark = ByteOrderMark,
        }
        : new CsvWriterOptions { WriteByteOrderMark = ByteOrderMark };
}
