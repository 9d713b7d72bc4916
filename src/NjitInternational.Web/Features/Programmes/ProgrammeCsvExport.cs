using System.Globalization;
using System.Text;
using CsvHelper;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Features.Programmes;

/// <summary>
/// The open-data file /programmes.csv: RFC 4180 (comma-separated, CRLF line ends, quotes doubled),
/// UTF-8 without a byte-order mark, one header row; dates in ISO 8601; several partners separated by ";".
/// </summary>
public static class ProgrammeCsvExport
{
    public static readonly string[] Columns =
    [
        "title", "slug", "kind", "direction", "partners", "partner_countries", "discipline", "degrees_awarded",
        "study_mode", "duration", "language", "running_since", "application_opens", "application_closes", "url",
    ];

    public static byte[] Write(IEnumerable<ProgrammeExportRow> rows, string siteBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.Title);
                csv.WriteField(row.Slug);
                csv.WriteField(ProgrammeLabels.KindSlug(row.Kind));
                csv.WriteField(row.Direction switch
                {
                    ProgrammeDirection.Outbound => "outbound",
                    ProgrammeDirection.Inbound => "inbound",
                    ProgrammeDirection.Both => "both",
                    _ => string.Empty,
                });
                csv.WriteField(string.Join(';', row.Partners.Select(p => p.Slug)));
                csv.WriteField(string.Join(';', row.Partners.Select(p => p.CountryIso.Trim()).Distinct(StringComparer.Ordinal)));
                csv.WriteField(row.Discipline ?? string.Empty);
                csv.WriteField(row.DegreesAwarded ?? string.Empty);
                csv.WriteField(row.StudyMode ?? string.Empty);
                csv.WriteField(row.Duration ?? string.Empty);
                csv.WriteField(row.LanguageOfInstruction ?? string.Empty);
                csv.WriteField(row.RunningSince?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(row.ApplicationOpens?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(row.ApplicationCloses?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField($"{siteBaseUrl}/programmes/{row.Slug}");
                csv.EndRecord();
            }
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(writer.ToString());
    }
}
