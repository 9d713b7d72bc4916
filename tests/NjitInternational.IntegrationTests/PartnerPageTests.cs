using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

/// <summary>
/// Partner pages, alliances and the visibility rules. Adds its own alliance, members, a draft and an
/// archived partner, so it has a site of its own.
/// </summary>
public class PartnerPageTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = site.CreateClient();

    public async Task InitializeAsync() => await site.WithDbAsync(async db =>
    {
        if (await db.Partners.AnyAsync(p => p.Slug == "draft-university"))
        {
            return;
        }

        var finland = await db.Countries.SingleAsync(c => c.IsoCode == "FI");
        var germany = await db.Countries.SingleAsync(c => c.IsoCode == "DE");
        var oulu = await db.Partners.SingleAsync(p => p.Slug == "university-of-oulu");
        var draft = new Partner { Name = "Draft University", Slug = "draft-university", CountryId = finland.Id, Status = PublicationStatus.Draft, PartnershipKinds = [new() { Kind = PartnershipKind.Research }] };
        var archived = new Partner { Name = "Archived University", Slug = "archived-university", CountryId = germany.Id, Status = PublicationStatus.Archived };
        db.Partners.AddRange(draft, archived);
        db.Alliances.Add(new Alliance
        {
            Name = "Test Alliance of Universities",
            Slug = "test-alliance",
            Description = "An alliance *for tests*.",
            WebsiteUrl = "https://alliance.example.org/",
            YearJoined = 2019,
            Status = PublicationStatus.Published,
            Members =
            [
                new AllianceMember { PartnerId = oulu.Id },
                new AllianceMember { Partner = draft },
                new AllianceMember { InstitutionName = "Independent College", CountryId = germany.Id },
            ],
        });
        db.Alliances.Add(new Alliance
        {
            Name = "Draft Alliance",
            Slug = "draft-alliance",
            Status = PublicationStatus.Draft,
            Members = [new AllianceMember { PartnerId = oulu.Id }],
        });
        db.Programmes.Add(new Programme { Title = "Draft Programme with Oulu", Slug = "draft-programme-oulu", Status = PublicationStatus.Draft, Partners = [new() { PartnerId = oulu.Id }] });
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PartnerPage_ShowsDetailsProgrammesAndSharedAlliances()
    {
        var page = await _client.GetHtmlAsync("/en/partners/university-of-oulu");

        Assert.Equal("University of Oulu", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/en/partners?country=FI", page.QuerySelector(".facts a")!.GetAttribute("href"));
        var programmes = page.QuerySelectorAll("[data-partner-programmes] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/programmes/njit-oulu-school"], programmes);
        var alliances = page.QuerySelectorAll("[data-partner-alliances] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/en/alliances/test-alliance"], alliances);
        // No locator map without an approved base map (PartnerMapTests): the country and continent in words.
        Assert.Null(page.QuerySelector("svg"));
        Assert.Contains("University of Oulu is in Finland (Europe).", page.QuerySelector("section[aria-labelledby=where-heading]")!.TextContent, StringComparison.Ordinal);
        var crumbs = page.QuerySelectorAll(".breadcrumbs li").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Home", "Partners", "University of Oulu"], crumbs);

        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("CollegeOrUniversity", jsonLd.RootElement.GetProperty("@type").GetString());
        Assert.Equal("University of Oulu", jsonLd.RootElement.GetProperty("name").GetString());
        Assert.Equal("FI", jsonLd.RootElement.GetProperty("address").GetProperty("addressCountry").GetString());
    }

    [Theory]
    [InlineData("/en/partners/draft-university")]
    [InlineData("/en/partners/archived-university")]
    [InlineData("/en/partners/no-such-partner")]
    [InlineData("/en/alliances/draft-alliance")]
    [InlineData("/en/alliances/no-such-alliance")]
    public async Task HiddenOrUnknownSlug_AnswersNotFound(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task DraftPartner_NeverAppearsInDirectoryMapOrCsv()
    {
        var directory = await _client.GetHtmlAsync("/en/partners?country=FI&kind=research");
        Assert.Equal(["University of Oulu"], directory.QuerySelectorAll(".partner-card h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("(1)", directory.QuerySelector("label[for=country-FI]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(1)", directory.QuerySelector("select[name=kind] option[value=research]")!.TextContent, StringComparison.Ordinal);

        var map = await _client.GetHtmlAsync("/en/partners/map");
        Assert.Equal("1", map.QuerySelector("tr[data-country=FI] td")!.TextContent);
        Assert.Equal("1", map.QuerySelector("tr[data-country=DE] td")!.TextContent);

        var csv = await _client.GetStringAsync(new Uri("/partners.csv", UriKind.Relative));
        Assert.DoesNotContain("Draft University", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Archived University", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alliances_ListsPublishedAlliancesWithVisibleMemberCounts()
    {
        var page = await _client.GetHtmlAsync("/en/alliances");

        var names = page.QuerySelectorAll(".partner-card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Test Alliance of Universities", names);
        Assert.Contains("ROK-Jiangsu University Alliance", names);
        Assert.DoesNotContain("Draft Alliance", names);
        var test = page.QuerySelectorAll(".partner-card").Single(c => c.QuerySelector("h2")!.TextContent.Trim() == "Test Alliance of Universities");
        // Oulu and the independent college; the draft partner is not counted.
        Assert.Equal("2 member institutions", test.QuerySelector("[data-member-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task AlliancePage_ShowsMembers_LinkingPartnersOnly()
    {
        var page = await _client.GetHtmlAsync("/en/alliances/test-alliance");

        Assert.Equal("Test Alliance of Universities", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".prose em"));
        Assert.Equal("noopener external", page.QuerySelector("a[href='https://alliance.example.org/']")!.GetAttribute("rel"));
        var members = page.QuerySelectorAll("[data-alliance-members] li").Select(l => l.NormalizedText()).ToList();
        Assert.Equal(["Independent College (Germany)", "University of Oulu (Finland)"], members);
        Assert.Equal(["/en/partners/university-of-oulu"], page.QuerySelectorAll("[data-alliance-members] a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("Draft University", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Home", "Alliances", "Test Alliance of Universities"], page.QuerySelectorAll(".breadcrumbs li").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task AlliancePage_DescribesTheAllianceAsAnOrganizationWithItsVisibleMembers_InJsonLd()
    {
        var page = await _client.GetHtmlAsync("/en/alliances/test-alliance");

        var alliance = PublicPageAssertions.JsonLdOfType(page, "Organization");
        Assert.Equal("https://schema.org", alliance.GetProperty("@context").GetString());
        Assert.Equal("Test Alliance of Universities", alliance.GetProperty("name").GetString());
        Assert.Equal("https://alliance.example.org/", alliance.GetProperty("url").GetString());
        var members = alliance.GetProperty("member").EnumerateArray().ToList();
        Assert.Equal(["Independent College", "University of Oulu"], members.Select(m => m.GetProperty("name").GetString()));
        Assert.All(members, m => Assert.Equal("CollegeOrUniversity", m.GetProperty("@type").GetString()));
        Assert.False(members[0].TryGetProperty("url", out _));
        Assert.Equal("http://localhost/en/partners/university-of-oulu", members[1].GetProperty("url").GetString());
        Assert.Equal("DE", members[0].GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.DoesNotContain("Draft University", alliance.GetRawText(), StringComparison.Ordinal);
    }
}
