using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.MediaImport;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Countries;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.IntegrationTests;

/// <summary>
/// Hong Kong, Macao and Taiwan read as regions of China in both languages everywhere: directory
/// filter, partner page, the countries-and-regions page, CSV export and import. Adds the three
/// regions and a partner in each, so it has a site of its own.
/// </summary>
public class RegionNamesTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    private static readonly string[] Codes = ["HK", "MO", "TW"];

    /// <summary>One signed-in editor per site: sign-in is rate-limited.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteFactory, Lazy<Task<HttpClient>>> Editors = [];

    private Task<HttpClient> EditorAsync() =>
        Editors.GetValue(site, s => new(async () => (await StaffAccounts.SignedInClientAsync(s, StaffRoles.Editor)).Client)).Value;

    public static TheoryData<string, string, string, string> Regions() => new()
    {
        { "HK", "Hong Kong, China", "中国香港", "example-university-hk" },
        { "MO", "Macao, China", "中国澳门", "example-university-mo" },
        { "TW", "Taiwan, China", "中国台湾", "example-university-tw" },
    };

    public async Task InitializeAsync() => await site.WithDbAsync(async db =>
    {
        if (await db.Countries.AnyAsync(c => c.IsoCode == "HK"))
        {
            return;
        }

        foreach (var code in Codes)
        {
            var region = new Country { Status = PublicationStatus.Published };
            CountryList.Find(code)!.ApplyTo(region);
            db.Partners.Add(new Partner { Name = $"Example University {code}", Slug = $"example-university-{code.ToLowerInvariant()}", Country = region, Status = PublicationStatus.Published });
        }

        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task DirectoryFilter_NamesTheRegion_InBothLanguages(string code, string name, string nameZh, string slug)
    {
        _ = slug;
        var client = site.CreateClient();
        var en = await client.GetHtmlAsync("/en/partners");
        var zh = await client.GetHtmlAsync("/zh/partners");

        Assert.Equal($"{name} (1)", en.QuerySelector($"label[for=country-{code}]")!.NormalizedText());
        Assert.StartsWith(nameZh, zh.QuerySelector($"label[for=country-{code}]")!.NormalizedText(), StringComparison.Ordinal);
        // The filter's legend never says "country" alone.
        Assert.Equal("Country or region", en.QuerySelector($"label[for=country-{code}]")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent);
        Assert.Contains("国家或地区", zh.QuerySelector($"label[for=country-{code}]")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task PartnerPage_NamesTheRegion_UnderAsia(string code, string name, string nameZh, string slug)
    {
        var client = site.CreateClient();
        var en = await client.GetHtmlAsync($"/en/partners/{slug}");
        var zh = await client.GetHtmlAsync($"/zh/partners/{slug}");

        Assert.Contains($"is in {name} (Asia).", en.QuerySelector("section[aria-labelledby=where-heading]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"位于{nameZh}（亚洲）", zh.QuerySelector("section[aria-labelledby=where-heading]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(name, en.QuerySelector($"a[href='/en/partners?country={code}']")!.TextContent);
        Assert.Equal(nameZh, zh.QuerySelector($"a[href='/zh/partners?country={code}']")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task CountriesAndRegionsPage_ListsTheRegion_UnderAsia(string code, string name, string nameZh, string slug)
    {
        _ = slug;
        var client = site.CreateClient();
        var en = await client.GetHtmlAsync("/en/partners/map");
        var zh = await client.GetHtmlAsync("/zh/partners/map");

        Assert.Equal(name, en.QuerySelector($"tbody[data-continent=Asia] tr[data-country={code}] th")!.TextContent);
        Assert.Equal(nameZh, zh.QuerySelector($"tbody[data-continent=Asia] tr[data-country={code}] th")!.TextContent);
    }

    [Fact]
    public async Task PartnersCsv_NamesTheRegions_InBothLanguages()
    {
        var text = Encoding.UTF8.GetString(await site.CreateClient().GetByteArrayAsync(new Uri("/partners.csv", UriKind.Relative)));

        Assert.Contains(",example-university-hk,HK,\"Hong Kong, China\",中国香港,", text, StringComparison.Ordinal);
        Assert.Contains(",example-university-mo,MO,\"Macao, China\",中国澳门,", text, StringComparison.Ordinal);
        Assert.Contains(",example-university-tw,TW,\"Taiwan, China\",中国台湾,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountriesCsvExport_NamesTheRegions_InBothLanguages()
    {
        var client = await EditorAsync();

        var text = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/admin/countries/export.csv", UriKind.Relative)));

        Assert.Contains("\"Hong Kong, China\"", text, StringComparison.Ordinal);
        Assert.Contains("中国香港", text, StringComparison.Ordinal);
        Assert.Contains("中国台湾", text, StringComparison.Ordinal);
        Assert.Contains("中国澳门", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerImport_MapsTheCodesHkMoTw_AndTheChineseNames_ToTheRegions()
    {
        var client = await EditorAsync();
        const string Csv = "Slug,Name,Country\nimported-hk,Imported HK,HK\nimported-mo,Imported MO,mo\nimported-tw,Imported TW,TW\nimported-tw-zh,Imported TW by name,中国台湾\n";

        using var dryRun = await MediaImportForms.ImportAsync(client, "partners", Encoding.UTF8.GetBytes(Csv), "dry-run");
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        using var confirmed = await client.SubmitFormAsync(AdminContent.AdminForms.FormWithAction(await dryRun.ReadHtmlAsync(), "/import/confirm"), []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        var imported = await site.WithDbAsync(db => db.Partners.AsNoTracking().Where(p => p.Slug.StartsWith("imported-"))
            .OrderBy(p => p.Slug).Select(p => new { p.Slug, p.Country!.IsoCode, p.Country.Name, p.Country.NameZh }).ToListAsync());
        Assert.Equal(
            [("imported-hk", "HK", "Hong Kong, China", "中国香港"), ("imported-mo", "MO", "Macao, China", "中国澳门"), ("imported-tw", "TW", "Taiwan, China", "中国台湾"), ("imported-tw-zh", "TW", "Taiwan, China", "中国台湾")],
            imported.Select(p => (p.Slug, p.IsoCode, p.Name, p.NameZh!)));
    }

    [Fact]
    public async Task PartnerImport_WithAListedCodeNotYetAdded_SaysToAddItFirst()
    {
        var client = await EditorAsync();

        using var response = await MediaImportForms.ImportAsync(client, "partners", Encoding.UTF8.GetBytes("Slug,Name,Country\nimported-fr,Imported FR,FR\n"), "import");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("France (FR) is not under Countries and regions yet", (await response.ReadHtmlAsync()).QuerySelector(".import-error")!.TextContent, StringComparison.Ordinal);
    }
}
