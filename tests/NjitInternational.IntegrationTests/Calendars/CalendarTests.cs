using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.TestSupport.Calendars;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.Calendars;

/// <summary>
/// The calendar files, read back with Python's icalendar (an independent parser), over the real
/// site: <c>/{culture}/calendar.ics</c> with the catalogue's filters and the per-record files.
/// </summary>
public class CalendarTests(SiteFactory site) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    /// <summary>Control characters, iCalendar's separators and escape, markup, an emoji and a line far past 75 octets.</summary>
    internal const string HostileTitle = "Deadline; a,b \\ back\\slash\r\nnext line <script>alert(1)</script> & \"quotes\" 🎓 "
        + "南京工程学院国际合作交流处联合培养项目申请截止日期提醒南京工程学院国际合作交流处联合培养项目";

    public async Task InitializeAsync() => await site.WithDbAsync(async db =>
    {
        if (db.Programmes.Any(p => p.Slug == "cal-exchange"))
        {
            return;
        }

        db.Programmes.AddRange(
            Programme("cal-exchange", "Calendar Exchange", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, new DateOnly(2027, 1, 10), new DateOnly(2027, 3, 31), titleZh: "日历交换项目"),
            Programme("cal-incoming", "Calendar Incoming Degree", ProgrammeKind.InternationalDegree, ProgrammeDirection.Inbound, null, new DateOnly(2027, 2, 15)),
            Programme("cal-edited", "Calendar Edited", ProgrammeKind.InternationalDegree, ProgrammeDirection.Inbound, null, new DateOnly(2027, 4, 1)),
            Programme("cal-hostile", HostileTitle, ProgrammeKind.ShortCourseOrInternship, ProgrammeDirection.Outbound, null, new DateOnly(2027, 2, 20)),
            Programme("cal-no-window", "Calendar Without Window", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, null, null),
            Programme("cal-draft", "Calendar Draft", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, null, new DateOnly(2027, 2, 1), PublicationStatus.Draft),
            Programme("cal-scheduled", "Calendar Scheduled", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, null, new DateOnly(2027, 2, 2), PublicationStatus.Draft, publishAt: SiteFactory.DefaultNow.UtcDateTime.AddDays(3)));
        db.Conferences.AddRange(
            new Conference { Title = "Calendar Conference", TitleZh = "日历会议", Slug = "cal-conference", StartDate = new DateOnly(2027, 5, 5), EndDate = new DateOnly(2027, 5, 7), Status = PublicationStatus.Published },
            new Conference { Title = "Calendar Draft Conference", Slug = "cal-draft-conference", StartDate = new DateOnly(2027, 6, 1), Status = PublicationStatus.Draft });
        await db.SaveChangesAsync();
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("en", "Applications close: Calendar Exchange", "Applications open: Calendar Exchange", "Calendar Conference")]
    [InlineData("zh", "申请截止：日历交换项目", "开始接受申请：日历交换项目", "日历会议")]
    public async Task SiteCalendar_HoldsPublishedWindowsAndDatedConferences_InThePagesLanguage(string culture, string closes, string opens, string conference)
    {
        var (response, calendar) = await GetCalendarAsync($"/{culture}/calendar.ics");

        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Empty(calendar.Problems);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Contains("Asia/Shanghai", calendar.TimeZones);
        var ids = await IdsAsync();
        var close = calendar.EventWithUid($"programme-{ids["cal-exchange"]}-applications-close@");
        Assert.Equal(closes, close.Summary);
        Assert.Equal(opens, calendar.EventWithUid($"programme-{ids["cal-exchange"]}-applications-open@").Summary);
        Assert.Equal($"http://localhost/{culture}/programmes/cal-exchange", close.Url);
        Assert.Contains($"http://localhost/{culture}/programmes/cal-exchange", close.Description, StringComparison.Ordinal);
        Assert.Equal(conference, calendar.EventWithUid($"conference-{ids["cal-conference"]}-dates@").Summary);
        Assert.All(calendar.Events, e => Assert.EndsWith("@international.njit.edu.cn", e.Uid, StringComparison.Ordinal));
        Assert.DoesNotContain(calendar.Events, e => e.Summary.Contains("Draft", StringComparison.Ordinal) || e.Summary.Contains("Scheduled", StringComparison.Ordinal));
        Assert.DoesNotContain(calendar.Events, e => e.Uid.StartsWith($"programme-{ids["cal-no-window"]}-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClosingEvent_IsTheLastHourOfTheClosingDay_InShanghaiTime()
    {
        var (_, calendar) = await GetCalendarAsync("/en/programmes/cal-exchange/calendar.ics");
        var ids = await IdsAsync();

        var close = calendar.EventWithUid($"programme-{ids["cal-exchange"]}-applications-close@");
        Assert.Equal("Asia/Shanghai", close.StartZone);
        Assert.Equal("2027-03-31T23:00:00+08:00", close.Start);
        Assert.Equal("2027-04-01T00:00:00+08:00", close.End);
        var open = calendar.EventWithUid($"programme-{ids["cal-exchange"]}-applications-open@");
        Assert.Equal("2027-01-10T00:00:00+08:00", open.Start);
        Assert.Equal(2, calendar.Events.Count);
    }

    [Fact]
    public async Task ConferenceCalendar_IsAnAllDayEventOverItsDays()
    {
        var (response, calendar) = await GetCalendarAsync("/zh/conferences/cal-conference/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var conference = Assert.Single(calendar.Events);
        Assert.Equal("日历会议", conference.Summary);
        Assert.Equal("2027-05-05", conference.Start);
        Assert.Equal("2027-05-08", conference.End);
        Assert.Equal("http://localhost/zh/conferences/cal-conference", conference.Url);
        Assert.Contains("Asia/Shanghai", calendar.TimeZones);
    }

    [Fact]
    public async Task Uids_StayTheSame_AndSequenceGrows_WhenTheRecordIsEdited()
    {
        var (_, first) = await GetCalendarAsync("/en/calendar.ics");
        var (_, again) = await GetCalendarAsync("/en/calendar.ics");
        Assert.Equal(first.Events.Select(e => (e.Uid, e.Sequence)), again.Events.Select(e => (e.Uid, e.Sequence)));
        var id = (await IdsAsync())["cal-edited"];
        var before = first.EventWithUid($"programme-{id}-applications-close@");

        site.Clock.Advance(TimeSpan.FromMinutes(5));
        await site.WithDbAsync(async db =>
        {
            var programme = db.Programmes.Single(p => p.Id == id);
            programme.Title = "Calendar Edited Again";
            programme.ApplicationCloses = new DateOnly(2027, 4, 2);
            await db.SaveChangesAsync();
        });

        var (_, after) = await GetCalendarAsync("/en/calendar.ics");
        var edited = after.EventWithUid($"programme-{id}-applications-close@");
        Assert.Equal(before.Uid, edited.Uid);
        Assert.True(edited.Sequence > before.Sequence, $"SEQUENCE {edited.Sequence} after the edit, {before.Sequence} before");
        Assert.Equal("Applications close: Calendar Edited Again", edited.Summary);
        Assert.Equal("2027-04-02T23:00:00+08:00", edited.Start);
        Assert.Equal(first.Events.Count, after.Events.Count);
    }

    [Theory]
    [InlineData("/en/calendar.ics?kind=exchange", "cal-exchange")]
    [InlineData("/en/calendar.ics?direction=to-njit&q=incoming", "cal-incoming")]
    [InlineData("/zh/calendar.ics?kind=courses-and-internships", "cal-hostile")]
    public async Task Filters_NarrowTheCalendar_LikeTheCatalogue(string url, string onlySlug)
    {
        var (_, all) = await GetCalendarAsync("/en/calendar.ics");
        var (_, filtered) = await GetCalendarAsync(url);
        var id = (await IdsAsync())[onlySlug];

        Assert.Empty(filtered.Problems);
        Assert.NotEmpty(filtered.Events);
        Assert.True(filtered.Events.Count < all.Events.Count);
        Assert.All(filtered.Events, e => Assert.StartsWith($"programme-{id}-", e.Uid, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/en/calendar.ics?kind=nonsense", "kind")]
    [InlineData("/zh/calendar.ics?direction=sideways", "direction")]
    [InlineData("/en/calendar.ics?kind=%00%0D%0A", "kind")]
    public async Task BadFilterValue_AnswersBadRequest_WithTheReason(string url, string parameter)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = await response.Content.ReadAsStringAsync();
        Assert.Contains(parameter, reason, StringComparison.Ordinal);
        Assert.DoesNotContain("nonsense", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("sideways", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/programmes/no-such-programme/calendar.ics")]
    [InlineData("/zh/conferences/no-such-conference/calendar.ics")]
    [InlineData("/en/programmes/cal-draft/calendar.ics")]
    [InlineData("/en/programmes/cal-scheduled/calendar.ics")]
    [InlineData("/en/conferences/cal-draft-conference/calendar.ics")]
    [InlineData("/en/programmes/cal-no-window/calendar.ics")]
    public async Task ItemCalendar_AnswersNotFound_ForUnknownUnpublishedOrUndatedRecords(string url)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task HostileTitle_StaysValid_AndRoundTrips(string culture)
    {
        var (_, calendar) = await GetCalendarAsync($"/{culture}/programmes/cal-hostile/calendar.ics");

        Assert.Empty(calendar.Problems);
        var close = Assert.Single(calendar.Events);
        var prefix = culture == "en" ? "Applications close: " : "申请截止：";
        // A line break is one in the calendar whether it was CR LF or LF (RFC 5545 escapes it as \n).
        Assert.Equal(prefix + HostileTitle.Replace("\r\n", "\n", StringComparison.Ordinal), close.Summary.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task ProgrammeAndConferencePages_LinkToTheirCalendar_OnlyWhenDated(string culture)
    {
        var client = site.CreateClient();

        var programme = await client.GetHtmlAsync($"/{culture}/programmes/cal-exchange");
        Assert.Equal($"/{culture}/programmes/cal-exchange/calendar.ics", programme.QuerySelector("a[data-add-to-calendar]")!.GetAttribute("href"));
        var undated = await client.GetHtmlAsync($"/{culture}/programmes/cal-no-window");
        Assert.Null(undated.QuerySelector("a[data-add-to-calendar]"));
        var conference = await client.GetHtmlAsync($"/{culture}/conferences/cal-conference");
        Assert.Equal($"/{culture}/conferences/cal-conference/calendar.ics", conference.QuerySelector("a[data-add-to-calendar]")!.GetAttribute("href"));
        var undatedConference = await client.GetHtmlAsync($"/{culture}/conferences/international-conference-on-big-data-and-security");
        Assert.Null(undatedConference.QuerySelector("a[data-add-to-calendar]"));
    }

    internal static Programme Programme(
        string slug, string title, ProgrammeKind kind, ProgrammeDirection direction, DateOnly? opens, DateOnly? closes,
        PublicationStatus status = PublicationStatus.Published, DateTime? publishAt = null, string? titleZh = null) =>
        new()
        {
            Slug = slug,
            Title = title,
            TitleZh = titleZh,
            Kind = kind,
            Direction = direction,
            ApplicationOpens = opens,
            ApplicationCloses = closes,
            Status = status,
            PublishAtUtc = publishAt,
        };

    private Task<Dictionary<string, int>> IdsAsync() => site.WithDbAsync(db => Task.FromResult(
        db.Programmes.Where(p => p.Slug.StartsWith("cal-")).Select(p => new { p.Slug, p.Id })
            .AsEnumerable()
            .Concat(db.Conferences.Where(c => c.Slug.StartsWith("cal-")).Select(c => new { c.Slug, c.Id }))
            .ToDictionary(r => r.Slug, r => r.Id)));

    private async Task<(HttpResponseMessage Response, ParsedCalendar Calendar)> GetCalendarAsync(string url)
    {
        var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await PythonCalendarParser.ParseAsync(await response.Content.ReadAsByteArrayAsync()));
    }
}

/// <summary>With the output cache on, as in production: a save evicts the cached calendars.</summary>
public class CalendarCacheTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    [Fact]
    public async Task CachedCalendar_ShowsAnEdit_OnTheNextRequest()
    {
        var programme = CalendarTests.Programme("cal-cached", "Calendar Cached", ProgrammeKind.Exchange, ProgrammeDirection.Outbound, null, new DateOnly(2027, 3, 1));
        await site.WithDbAsync(async db =>
        {
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
        });
        var client = site.CreateClient();
        Assert.Contains("Calendar Cached", await client.GetStringAsync(new Uri("/en/calendar.ics", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Calendar Cached", await client.GetStringAsync(new Uri("/en/programmes/cal-cached/calendar.ics", UriKind.Relative)), StringComparison.Ordinal);

        await site.WithDbAsync(async db =>
        {
            db.Programmes.Single(p => p.Slug == "cal-cached").Title = "Calendar Renamed";
            await db.SaveChangesAsync();
        });

        var site1 = await PythonCalendarParser.ParseAsync(await client.GetByteArrayAsync(new Uri("/en/calendar.ics", UriKind.Relative)));
        var item = await PythonCalendarParser.ParseAsync(await client.GetByteArrayAsync(new Uri("/en/programmes/cal-cached/calendar.ics", UriKind.Relative)));
        Assert.Contains(site1.Events, e => e.Summary == "Applications close: Calendar Renamed");
        Assert.Equal("Applications close: Calendar Renamed", Assert.Single(item.Events).Summary);
    }
}
