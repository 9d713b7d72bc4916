using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

/// <summary>Adds partners with awkward names, so it has a site of its own.</summary>
public class PartnersCsvTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task PartnersCsv_IsRfc4180_WithHeaderAndPublishedRowsOnly()
    {
        await site.WithDbAsync(async db =>
        {
            var gb = await db.Countries.SingleAsync(c => c.IsoCode == "GB");
            db.Partners.Add(new Partner
            {
                Name = "College of \"Arts\", Crafts",
                Slug = "college-of-arts-crafts",
                CountryId = gb.Id,
                City = "Zürich-on-Sea",
                PartnerSince = 2011,
                Summary = "Line one\nline two",
                PartnershipKinds = [new() { Kind = PartnershipKind.Exchange }, new() { Kind = PartnershipKind.Research }],
                Status = PublicationStatus.Published,
            });
            db.Partners.Add(new Partner { Name = "Hidden Draft College", Slug = "hidden-draft-college", CountryId = gb.Id, Status = PublicationStatus.Draft });
            await db.SaveChangesAsync();
        });

        using var response = await site.CreateClient().GetAsync(new Uri("/partners.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("partners.csv", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");
        Assert.Equal("name,short_name,slug,country_iso,country,country_zh,city,website,partner_since,kinds,summary,url", lines[0]);
        Assert.Contains(
            "\"College of \"\"Arts\"\", Crafts\",,college-of-arts-crafts,GB,United Kingdom,英国,Zürich-on-Sea,,2011,exchange;research,\"Line one\nline two\",http://localhost/partners/college-of-arts-crafts\r\n",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Draft College", text, StringComparison.Ordinal);
        // Header + 9 published partners (8 seeded + 1 added) + the empty string after the final CRLF.
        Assert.Equal(9, text.Split("\r\n").Count(l => l.Contains(",http://localhost/partners/", StringComparison.Ordinal)));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }
}
