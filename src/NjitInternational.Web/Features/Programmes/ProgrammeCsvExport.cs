using System.Globalization;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Csv;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>
/// The open-data file /programmes.csv: RFC 4180 (comma-separated, CRLF line ends, quotes doubled),
/// UTF-8 without a byte-order mark (<see cref="CsvFormat.OpenDataWithoutByteOrderMark"/>), one header row; dates in ISO 8601; several partners separated by ";".
/// </summary>
public static class ProgrammeCsvExport
{
    public static readonly string[] Columns =
    [
        "title", "slug", "kind", "direction", "partners", "partner_countries", "discipline", "degrees_awarded",
        "study_mode", "duration", "language", "running_since", "application_opens", "application_closes", "url",
    ];

    public static Task<byte[]> WriteAsync(IEnumerable<ProgrammeExportRow> rows, string siteBaseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvTableWriter.ToBytesAsync(CsvFormat.OpenDataWithoutByteOrderMark, Columns, rows.Select(row => Row(row, siteBaseUrl)), cancellationToken);
    }

    private static string?[] Row(ProgrammeExportRow row, string siteBaseUrl) =>
    [
        row.Title,
        row.Slug,
        ProgrammeLabels.KindSlug(row.Kind),
        row.Direction switch
        {
            ProgrammeDirection.Outbound => "outbound",
            ProgrammeDirection.Inbound => "inbound",
            ProgrammeDirection.Both => "both",
            _ => string.Empty,
        },
        string.Join(';', row.Partners.Select(p => p.Slug)),
        string.Join(';', row.Partners.Select(p => p.CountryIso.Trim()).Distinct(StringComparer.Ordinal)),
        row.Discipline,
        row.DegreesAwarded,
        row.StudyMode,
        row.Duration,
        row.LanguageOfInstruction,
        row.RunningSince?.ToString(CultureInfo.InvariantCulture),
        row.ApplicationOpens?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.ApplicationCloses?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        $"{siteBaseUrl}/programmes/{row.Slug}",
    ];
}
