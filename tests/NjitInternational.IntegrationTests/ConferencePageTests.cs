using System.Net;
using AngleSharp.Dom;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

internal static class ConferenceListReader
{
    public static async Task<(List<string> Upcoming, List<string> Past, IDocument Page)> ReadAsync(HttpClient client)
    {
        var page = await client.GetHtmlAsync("/en/conferences");
        List<string> Titles(string section) => page.QuerySelectorAll($"[data-section={section}] li h3").Select(h => h.NormalizedText()).ToList();
        return (Titles("upcoming"), Titles("past"), page);
    }
}

public class ConferencePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task List_PutsUndatedSeededConferencesUnderPast_AndSaysNoneAreUpcoming()
    {
        var (upcoming, past, page) = await ConferenceListReader.ReadAsync(site.CreateClient());

        Assert.Empty(upcoming);
        Assert.Contains("No upcoming conferences", page.QuerySelector("[data-section=upcoming]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["International academic conference on Big Data and Security", "International academic conference on Electromechanical Technology"],
            past);
        Assert.Equal(2, page.QuerySelectorAll("[data-section=past] li").Count(li => li.TextContent.Contains("Date not recorded", StringComparison.Ordinal)));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Detail_ShowsTopic_Breadcrumbs_AndEventJsonLdWithoutInventedDates()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/conferences/international-conference-on-big-data-and-security");

        Assert.Equal("International academic conference on Big Data and Security", page.QuerySelector("h1")!.NormalizedText());
        Assert.Contains("Big Data and Security", page.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Home", "Conferences", "International academic conference on Big Data and Security"], PublicPageAssertions.Breadcrumbs(page));
        var ev = PublicPageAssertions.JsonLdOfType(page, "Event");
        Assert.Equal("International academic conference on Big Data and Security", ev.GetProperty("name").GetString());
        Assert.False(ev.TryGetProperty("startDate", out _));
        Assert.False(ev.TryGetProperty("endDate", out _));
        Assert.Equal("Nanjing Institute of Technology", ev.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("http://localhost/en/conferences/international-conference-on-big-data-and-security", PublicPageAssertions.Canonical(page));
    }

    [Fact]
    public async Task Detail_AnswersNotFound_ForAnUnknownSlug()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/conferences/no-such-conference", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Adds dated and draft conferences, so it has a site of its own.</summary>
public class ConferenceDatedTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => site.WithDbAsync(async db =>
    {
        if (db.Conferences.Any(c => c.Slug == "test-dated-conference"))
        {
            return;
        }

        db.Conferences.AddRange(
            new Conference
            {
                Title = "Test Dated Conference",
                Slug = "test-dated-conference",
                Topic = "Test Topic",
                StartDate = new DateOnly(2026, 12, 10),
                EndDate = new DateOnly(2026, 12, 12),
                Venue = "Test Hall",
                Description = "Talks on *testing*.",
                WebsiteUrl = "https://example.org/conference",
                Status = PublicationStatus.Published,
            },
            new Conference { Title = "Test Later Conference", Slug = "test-later-conference", StartDate = new DateOnly(2027, 5, 1), Status = PublicationStatus.Published },
            new Conference { Title = "Test Old Conference", Slug = "test-old-conference", StartDate = new DateOnly(2019, 4, 2), Status = PublicationStatus.Published },
            new Conference { Title = "Test Draft Conference", Slug = "test-draft-conference", StartDate = new DateOnly(2026, 12, 20), Status = PublicationStatus.Draft },
            new Conference { Title = "Test Archived Conference", Slug = "test-archived-conference", Status = PublicationStatus.Archived });
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_OrdersUpcomingAscending_AndPastDatedDescendingBeforeUndated_WithoutDrafts()
    {
        var (upcoming, past, _) = await ConferenceListReader.ReadAsync(site.CreateClient());

        Assert.Equal(["Test Dated Conference", "Test Later Conference"], upcoming);
        Assert.Equal("Test Old Conference", past[0]);
        Assert.Equal(3, past.Count);
        Assert.DoesNotContain("Test Draft Conference", upcoming.Concat(past));
        Assert.DoesNotContain("Test Archived Conference", upcoming.Concat(past));
    }

    [Fact]
    public async Task Detail_ShowsDateRangeVenueWebsite_AndEventJsonLdWithDates()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/conferences/test-dated-conference");
        var facts = page.QuerySelectorAll("main dl.record-facts > div")
            .ToDictionary(d => d.QuerySelector("dt")!.NormalizedText(), d => d.QuerySelector("dd")!);

        Assert.StartsWith("10\u201312 December 2026", facts["Dates"].NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("2026-12-10", facts["Dates"].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Test Hall", facts["Venue"].NormalizedText());
        Assert.Equal("Test Topic", facts["Topic"].NormalizedText());
        Assert.Equal("https://example.org/conference", facts["Website"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("testing", page.QuerySelector("main .prose em")!.TextContent);

        var ev = PublicPageAssertions.JsonLdOfType(page, "Event");
        Assert.Equal("2026-12-10", ev.GetProperty("startDate").GetString());
        Assert.Equal("2026-12-12", ev.GetProperty("endDate").GetString());
        Assert.Equal("Test Hall", ev.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/EventScheduled", ev.GetProperty("eventStatus").GetString());
    }

    [Theory]
    [InlineData("test-draft-conference")]
    [InlineData("test-archived-conference")]
    public async Task Detail_AnswersNotFound_ForDraftAndArchivedConferences(string slug)
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/conferences/" + slug, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Moves the clock, so it has a site of its own.</summary>
public class ConferenceClockTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Conference_MovesFromUpcomingToPast_WhenTheClockPassesItsStartDate()
    {
        await site.WithDbAsync(async db =>
        {
            db.Conferences.Add(new Conference { Title = "Test Clock Conference", Slug = "test-clock-conference", StartDate = new DateOnly(2026, 12, 1), Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        });
        var client = site.CreateClient();

        var before = await ConferenceListReader.ReadAsync(client);
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var onTheDay = await ConferenceListReader.ReadAsync(client);
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 0, 0, 1, TimeSpan.Zero));
        var after = await ConferenceListReader.ReadAsync(client);

        Assert.Contains("Test Clock Conference", before.Upcoming);
        Assert.Contains("Test Clock Conference", onTheDay.Upcoming);
        Assert.DoesNotContain("Test Clock Conference", after.Upcoming);
        Assert.Equal("Test Clock Conference", after.Past[0]);
    }
}

/// <summary>Sets the clock to the hours when the UTC date and the Nanjing date differ, so it has a site of its own.</summary>
public class ConferenceNanjingDateTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Conference_IsPast_OnceItsStartDateHasEndedInNanjing_ThoughItIsStillThatDayInUtc()
    {
        await site.WithDbAsync(async db =>
        {
            db.Conferences.Add(new Conference { Title = "Test Nanjing Conference", Slug = "test-nanjing-conference", StartDate = new DateOnly(2026, 12, 1), Status = PublicationStatus.Published });
            await db.SaveChangesAsync();
        });
        var client = site.CreateClient();

        // 16:30 UTC on 1 December is 00:30 on 2 December in Nanjing (UTC+8): the day has ended there.
        site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 16, 30, 0, TimeSpan.Zero));
        var (upcoming, past, _) = await ConferenceListReader.ReadAsync(client);
        var detail = await client.GetHtmlAsync("/en/conferences/test-nanjing-conference");

        Assert.DoesNotContain("Test Nanjing Conference", upcoming);
        Assert.Equal("Test Nanjing Conference", past[0]);
        Assert.Null(detail.QuerySelector("main dl .badge"));
    }
}
