using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Programmes;

public class ProgrammePageTests(ProgrammeSite site) : IClassFixture<ProgrammeSite>
{
    [Fact]
    public async Task ProgrammePage_ShowsEveryFilledField()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/programmes/zeta-marine-robotics");

        string Field(string name) => page.QuerySelector($"[data-field='{name}']")!.NormalizedText();
        Assert.Equal(ProgrammeTestData.BothTitle, page.QuerySelector("h1")!.NormalizedText());
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("BEng (NJIT) and BEng (Hons) (Strathclyde)", Field("degrees"));
        Assert.Equal("2+2 (2 years at NJIT, then 2 at the partner university)", Field("study-mode"));
        Assert.Equal("4 years", Field("duration"));
        Assert.Equal("English", Field("language"));
        Assert.Equal("Marine Robotics", Field("discipline"));
        Assert.Equal("2019", Field("running-since"));
        Assert.Equal("NJIT students going abroad and international students coming to NJIT", Field("audience"));
        Assert.Equal("University of Strathclyde (United Kingdom)", Field("partners"));
        Assert.Equal("/en/partners/university-of-strathclyde", page.QuerySelector("[data-field='partners'] a")!.GetAttribute("href"));
        Assert.Equal("test", page.QuerySelector("#about-heading + p strong")!.TextContent);
        Assert.Equal("test", page.QuerySelector("#apply-heading + p em")!.TextContent);
        Assert.Contains("Exchange programme", page.QuerySelector(".programme-kind")!.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammePage_HidesEmptyFields_AndNeverSaysNull()
    {
        // The seed leaves degrees, study mode, duration, language and direction empty for this one.
        var page = await site.CreateClient().GetHtmlAsync("/en/programmes/njit-oulu-school");

        foreach (var name in new[] { "degrees", "study-mode", "duration", "language", "running-since", "audience" })
        {
            Assert.Null(page.QuerySelector($"[data-field='{name}']"));
        }

        Assert.Equal("Software Engineering", page.QuerySelector("[data-field='discipline']")!.NormalizedText());
        Assert.Null(page.QuerySelector("#apply-heading"));
        Assert.Null(page.QuerySelector(".application-status"));
        Assert.All(page.QuerySelectorAll(".programme-detail dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
        Assert.DoesNotContain("null", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ProgrammePage_HasBreadcrumbsAndCanonicalUrl()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/programmes/njit-oulu-school");

        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.NormalizedText()).ToList();
        Assert.Equal(["Home", "Programmes", "NJIT-Oulu School"], crumbs);
        Assert.EndsWith("/en/programmes/njit-oulu-school", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammePage_DescribesTheProgrammeInJsonLd()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/programmes/zeta-marine-robotics");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;

        Assert.Equal("EducationalOccupationalProgram", root.GetProperty("@type").GetString());
        Assert.Equal(ProgrammeTestData.BothTitle, root.GetProperty("name").GetString());
        Assert.Equal("Underwater robots, 100% hands-on.", root.GetProperty("description").GetString());
        Assert.Equal("Nanjing Institute of Technology", root.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("BEng (NJIT) and BEng (Hons) (Strathclyde)", root.GetProperty("educationalCredentialAwarded").GetString());
        Assert.Equal("P4Y", root.GetProperty("timeToComplete").GetString());
        Assert.Equal("English", root.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task ProgrammePage_JsonLdLeavesOutWhatIsNotKnown()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/programmes/njit-oulu-school");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);

        Assert.False(json.RootElement.TryGetProperty("timeToComplete", out _));
        Assert.False(json.RootElement.TryGetProperty("educationalCredentialAwarded", out _));
        Assert.False(json.RootElement.TryGetProperty("inLanguage", out _));
    }

    [Theory]
    [InlineData("/en/programmes/zeta-hidden-draft")]
    [InlineData("/en/programmes/zeta-hidden-archived")]
    [InlineData("/en/programmes/no-such-programme")]
    public async Task ProgrammePage_IsNotFound_ForDraftArchivedOrUnknownSlugs(string url)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadHtmlAsync()).QuerySelector("h1")!.NormalizedText());
    }
}

/// <summary>Moves the site's clock and a programme's dates, so it has a site of its own.</summary>
public class ProgrammeApplicationStatusTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Slug = "njit-oulu-school";

    private static async Task<string?> StatusAsync(HttpClient client) =>
        (await client.GetHtmlAsync("/en/programmes/" + Slug)).QuerySelector(".application-status [data-application-status]")?.NormalizedText();

    private Task SetDatesAsync(DateOnly? opens, DateOnly? closes) => site.WithDbAsync(async db =>
    {
        var programme = await db.Programmes.SingleAsync(p => p.Slug == Slug);
        programme.ApplicationOpens = opens;
        programme.ApplicationCloses = closes;
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task ApplicationStatus_FollowsTheDatesAndTheClock_InNanjingTime()
    {
        var client = site.CreateClient();
        // The clock starts at 28 November 2026 and only moves forward.
        Assert.Null(await StatusAsync(client));

        await SetDatesAsync(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));
        Assert.Equal("Opens on 1 December 2026", await StatusAsync(client));

        site.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 59, 0, TimeSpan.Zero)); // 23:59 on 30 November in Nanjing
        Assert.Equal("Opens on 1 December 2026", await StatusAsync(client));

        site.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero)); // midnight, 1 December in Nanjing
        Assert.Equal("Open until 31 December 2026", await StatusAsync(client));

        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 15, 59, 0, TimeSpan.Zero)); // the closing day, 23:59 in Nanjing
        Assert.Equal("Open until 31 December 2026", await StatusAsync(client));

        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal("Closed", await StatusAsync(client));

        await SetDatesAsync(new DateOnly(2026, 12, 1), null);
        Assert.Equal("Open", await StatusAsync(client));

        await SetDatesAsync(null, new DateOnly(2027, 1, 15));
        Assert.Equal("Open until 15 January 2027", await StatusAsync(client));

        // The catalogue row carries the same badge.
        var row = (await client.GetHtmlAsync("/en/programmes?q=Oulu")).QuerySelector(".programme-item [data-application-status]");
        Assert.Equal("Open until 15 January 2027", row!.NormalizedText());
    }
}

/// <summary>Unpublishes a partner, so it has a site of its own.</summary>
public class ProgrammeUnpublishedPartnerTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ProgrammePageAndCatalogue_DoNotShowAnUnpublishedPartner()
    {
        await site.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Slug == "saxion-university-of-applied-sciences");
            partner.Status = PublicationStatus.Draft;
            await db.SaveChangesAsync();
        });
        var client = site.CreateClient();

        var page = await client.GetHtmlAsync("/en/programmes/exchange-programmes-saxion-university-of-applied-sciences");
        Assert.Null(page.QuerySelector("[data-field='partners']"));
        Assert.Empty(page.QuerySelectorAll("a[href='/en/partners/saxion-university-of-applied-sciences']"));

        var catalogue = await client.GetHtmlAsync("/en/programmes");
        Assert.Empty(catalogue.QuerySelectorAll("a[href='/en/partners/saxion-university-of-applied-sciences']"));
        Assert.Null(catalogue.QuerySelector("select#partner option[value='saxion-university-of-applied-sciences']"));
        Assert.Null(catalogue.QuerySelector("select#country option[value='NL']"));

        var filtered = await client.GetHtmlAsync("/en/programmes?partner=saxion-university-of-applied-sciences");
        Assert.Empty(filtered.QuerySelectorAll(".programme-item"));
    }
}
