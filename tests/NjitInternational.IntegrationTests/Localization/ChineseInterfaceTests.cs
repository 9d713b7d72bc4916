using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>On /zh pages the interface (navigation, headings, labels, messages) is the Chinese of the resource file.</summary>
public class ChineseInterfaceTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly string[] NavigationKeys =
    [
        "Home", "Partners", "Alliances", "Programmes", "Visiting professors", "Conferences", "News", "Study abroad", "Study at NJIT", "Search",
    ];

    [Theory]
    [InlineData("/zh")]
    [InlineData("/zh/partners")]
    [InlineData("/zh/partners/university-of-oulu")]
    [InlineData("/zh/about/staff-mobility")]
    public async Task Navigation_IsChinese(string url)
    {
        var page = await site.CreateClient().GetHtmlAsync(url);

        var links = page.QuerySelectorAll("nav.site-nav a").Select(a => a.NormalizedText()).ToList();
        Assert.Equal(NavigationKeys.Select(SiteResources.Chinese), links);
        Assert.Equal(SiteResources.Chinese("Skip to main content"), page.QuerySelector(".skip-link")!.NormalizedText());
        Assert.Equal(SiteResources.Chinese("Main"), page.QuerySelector("nav.site-nav")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("/zh/partners", "Partner institutions")]
    [InlineData("/zh/conferences", "Conferences")]
    [InlineData("/zh/search", "Search")]
    public async Task Headings_AreChinese(string url, string key)
    {
        var page = await site.CreateClient().GetHtmlAsync(url);

        Assert.Equal(SiteResources.Chinese(key), page.QuerySelector("h1")!.NormalizedText());
        Assert.Contains(SiteResources.Chinese("NJIT International"), page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnquiryForm_LabelsAndClientSideMessages_AreChinese()
    {
        var page = await site.CreateClient().GetHtmlAsync("/zh/study-at-njit");

        Assert.Equal(SiteResources.Chinese("Ask the international office"), page.QuerySelector("#enquiry-heading")!.NormalizedText());
        Assert.Equal(SiteResources.Chinese("Your name"), page.QuerySelector("label[for=Enquiry_Name]")!.NormalizedText());
        var name = page.QuerySelector("#Enquiry_Name")!;
        Assert.Equal(SiteResources.Chinese("Enter your name."), name.GetAttribute("data-val-required"));
        Assert.Equal(SiteResources.Chinese("Enter an email address like name@example.com."), page.QuerySelector("#Enquiry_Email")!.GetAttribute("data-val-email"));
    }

    [Fact]
    public async Task EnglishPage_KeepsEnglishInterface()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en/partners");

        Assert.Equal("Partner institutions", page.QuerySelector("h1")!.NormalizedText());
        Assert.DoesNotContain(SiteResources.Chinese("Partner institutions"), page.Body!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>Posts invalid enquiries, so it has a site (and enquiry rate limit) of its own.</summary>
public class ChineseValidationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task EmptyRequiredField_OnTheChineseForm_ShowsTheChineseMessage_NextToTheField()
    {
        var client = site.CreateBrowserLikeClient();
        var page = await client.GetHtmlAsync("/zh/study-at-njit");
        var form = (IHtmlFormElement)page.QuerySelector("section#enquiry form")!;
        Assert.StartsWith("/zh/", form.GetAttribute("action"), StringComparison.Ordinal);

        using var response = await client.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Enquiry.Name"] = string.Empty,
            ["Enquiry.Email"] = "applicant@example.com",
            ["Enquiry.Message"] = "请问下一次招生什么时候开始？",
            ["Enquiry.Consent"] = "true",
            ["Enquiry.Website"] = string.Empty,
        });
        var result = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("zh-CN", result.DocumentElement.GetAttribute("lang"));
        Assert.Equal(SiteResources.Chinese("Enter your name."), result.QuerySelector("[data-valmsg-for='Enquiry.Name']")!.NormalizedText());
        Assert.Contains(SiteResources.Chinese("Enter your name."), result.QuerySelector(".error-summary")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("请问下一次招生什么时候开始？", result.QuerySelector("#Enquiry_Message")!.TextContent.Trim());
    }
}

/// <summary>Dates on /zh pages read the Chinese way (2027年5月5日). Sets conference dates, so it has a site of its own.</summary>
public class ChineseDateTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Slug = "international-conference-on-big-data-and-security";
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>How Chinese writes a date: year, month, day, each with its character (GB/T 15835), no weekday.</summary>
    private static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private Task SetDatesAsync(DateOnly start, DateOnly? end) => site.WithDbAsync(async db =>
    {
        var conference = await db.Conferences.SingleAsync(c => c.Slug == Slug);
        conference.StartDate = start;
        conference.EndDate = end;
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task ConferenceDate_IsTheChineseLongDate_OnZhPages_AndEnglishOnEnPages()
    {
        var start = new DateOnly(2027, 5, 5);
        await SetDatesAsync(start, null);
        var client = site.CreateClient();

        var zh = await client.GetHtmlAsync($"/zh/conferences/{Slug}");
        var en = await client.GetHtmlAsync($"/en/conferences/{Slug}");

        Assert.Equal(ChineseDate(start), zh.QuerySelector("time[datetime='2027-05-05']")!.NormalizedText());
        var english = en.QuerySelector("time[datetime='2027-05-05']")!.NormalizedText();
        Assert.Contains(English.DateTimeFormat.GetMonthName(5), english, StringComparison.Ordinal);
        Assert.Contains("2027", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConferenceDateRange_OnZhPages_StartsWithTheChineseLongDate_AndNamesNoMonthInWords()
    {
        await SetDatesAsync(new DateOnly(2027, 5, 30), new DateOnly(2027, 6, 2));
        var client = site.CreateClient();

        var zh = await client.GetHtmlAsync($"/zh/conferences/{Slug}");
        var text = zh.QuerySelector("time[datetime='2027-05-30']")!.NormalizedText();

        Assert.StartsWith(ChineseDate(new DateOnly(2027, 5, 30)), text, StringComparison.Ordinal);
        Assert.EndsWith("6月2日", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "2027"));
        Assert.DoesNotContain(Chinese.DateTimeFormat.GetMonthName(5), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Chinese.DateTimeFormat.GetMonthName(6), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammeApplicationDeadline_IsTheChineseDate_InTheChineseStatusText()
    {
        var closes = SiteFactory.DefaultNow.AddDays(40);
        var deadline = new DateOnly(closes.Year, closes.Month, closes.Day);
        await site.WithDbAsync(async db =>
        {
            var programme = await db.Programmes.SingleAsync(p => p.Slug == "njit-oulu-school");
            programme.ApplicationOpens = new DateOnly(2026, 1, 1);
            programme.ApplicationCloses = deadline;
            await db.SaveChangesAsync();
        });

        var zh = await site.CreateClient().GetHtmlAsync("/zh/programmes");

        var status = zh.QuerySelectorAll("[data-application-status=open]").Select(s => s.NormalizedText()).ToList();
        Assert.Contains(SiteResources.Chinese("Open until {0}").Replace("{0}", ChineseDate(deadline), StringComparison.Ordinal), status);
    }

    [Fact]
    public async Task HomePage_LatestConferenceDate_IsTheChineseLongDate()
    {
        var start = new DateOnly(2027, 5, 5);
        await SetDatesAsync(start, null);

        var zh = await site.CreateClient().GetHtmlAsync("/zh");

        Assert.Equal(ChineseDate(start), zh.QuerySelector("[data-home-conferences] time[datetime='2027-05-05']")!.NormalizedText());
    }
}
