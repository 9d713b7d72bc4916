using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Programmes;

/// <summary>Adds a programme with awkward text, so it has a site of its own.</summary>
public class ProgrammeCsvTests(ProgrammeSite site) : IClassFixture<ProgrammeSite>
{
    [Fact]
    public async Task Csv_IsUtf8Rfc4180_WithHeaderQuotingAndPublishedProgrammesOnly()
    {
        await site.WithDbAsync(async db =>
        {
            db.Programmes.Add(new Programme
            {
                Title = "Quoted, \"awkward\" programme – 南京",
                Slug = "zeta-awkward-csv",
                Kind = ProgrammeKind.ShortCourseOrInternship,
                Summary = "Line one\nline two",
                Status = PublicationStatus.Published,
                ApplicationOpens = new DateOnly(2027, 3, 1),
                ApplicationCloses = new DateOnly(2027, 3, 31),
            });
            await db.SaveChangesAsync();
        });

        using var response = await site.CreateClient().GetAsync(new Uri("/programmes.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("programmes.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.NotEqual(0xEF, bytes[0]);

        var lines = text.Split("\r\n");
        Assert.Equal("title,slug,kind,direction,partners,partner_countries,discipline,degrees_awarded,study_mode,duration,language,running_since,application_opens,application_closes,url", lines[0]);
        Assert.Equal("", lines[^1]); // every record ends with CRLF

        var published = await site.WithDbAsync(db => db.Programmes.CountAsync(p => p.Status == PublicationStatus.Published));
        Assert.Equal(published + 2, lines.Length); // header + one line per programme + the empty tail
        Assert.DoesNotContain("zeta-hidden-draft", text, StringComparison.Ordinal);
        Assert.DoesNotContain("zeta-hidden-archived", text, StringComparison.Ordinal);

        var awkward = Assert.Single(lines, l => l.Contains("zeta-awkward-csv", StringComparison.Ordinal));
        Assert.StartsWith("\"Quoted, \"\"awkward\"\" programme – 南京\",zeta-awkward-csv,courses-and-internships,,,,,,,,,,2027-03-01,2027-03-31,http", awkward, StringComparison.Ordinal);

        var both = Assert.Single(lines, l => l.Contains(",zeta-marine-robotics,", StringComparison.Ordinal));
        Assert.Contains(",exchange,both,university-of-strathclyde,GB,Marine Robotics,BEng (NJIT) and BEng (Hons) (Strathclyde),2+2,4 years,English,2019,,,", both, StringComparison.Ordinal);
        // Unprefixed: it opens in the reader's language.
        Assert.EndsWith("localhost/programmes/zeta-marine-robotics", both, StringComparison.Ordinal);
    }
}
