using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NjitInternational.IntegrationTests.Support;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.News;

/// <summary>The Atom feeds, read by python3-feedparser (not the library that wrote them).</summary>
public class NewsFeedTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Hostile = "Line one\r\nline two <b>bold</b> & \"quotes\" 'apostrophes' ]]> 🎓 emoji, commas; semicolons\\backslash\u0001";

    private async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string path, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        headers?.Invoke(request.Headers);
        var response = await site.CreateClient().SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("en", "News from NJIT International", "Feed item")]
    [InlineData("zh", "南京工程学院国际合作新闻", "订阅条目")]
    public async Task Feed_IsValidAtom_InTheAddressesLanguage_WithAbsoluteLinksAndNoDrafts(string culture, string feedTitle, string itemTitle)
    {
        var item = await NewsTestData.AddAsync(site, "Feed item", new DateOnly(2027, 5, 1), more: n => { n.TitleZh = "订阅条目"; n.Summary = "Summary"; });
        var draft = await NewsTestData.AddAsync(site, "Feed draft", new DateOnly(2027, 5, 2), PublicationStatus.Draft);

        var (response, body) = await GetAsync($"/{culture}/news/feed.atom");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
            Assert.NotNull(response.Headers.ETag);
            Assert.NotNull(response.Content.Headers.LastModified);
        }

        var feed = await PythonFeedParser.ParseAsync(body);
        Assert.False(feed.Bozo, feed.Error);
        Assert.Equal("atom10", feed.Version);
        Assert.Equal(feedTitle, feed.Title);
        Assert.Equal(culture == "zh" ? "zh-CN" : "en", feed.Language);
        var entry = Assert.Single(feed.Entries, e => e.Id == "urn:uuid:" + item.FeedEntryId.ToString("D"));
        Assert.Equal(itemTitle, entry.Title);
        Assert.Equal($"http://localhost/{culture}/news/{item.Slug}", entry.Link);
        Assert.DoesNotContain(feed.Entries, e => e.Title == draft.Title);
        var stored = await site.WithDbAsync(db => db.NewsItems.AsNoTracking().MaxAsync(n => n.UpdatedAtUtc));
        Assert.Equal(DateTime.SpecifyKind(stored, DateTimeKind.Utc), DateTime.Parse(feed.Updated!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Feed_StaysValid_WithHostileAndVeryLongTitles_WhichRoundTrip()
    {
        var longTitle = string.Concat(Enumerable.Repeat("长标题 long title & <tag> ", 10))[..190];
        var hostile = await NewsTestData.AddAsync(site, Hostile, new DateOnly(2027, 6, 1), more: n => n.Summary = Hostile);
        var longItem = await NewsTestData.AddAsync(site, longTitle, new DateOnly(2027, 6, 2));

        var (response, body) = await GetAsync("/en/news/feed.atom");
        response.Dispose();
        var feed = await PythonFeedParser.ParseAsync(body);

        Assert.False(feed.Bozo, feed.Error);
        var expected = Hostile.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\u0001", string.Empty, StringComparison.Ordinal);
        var entry = Assert.Single(feed.Entries, e => e.Id == "urn:uuid:" + hostile.FeedEntryId.ToString("D"));
        Assert.Equal(expected, entry.Title);
        Assert.Equal(expected, entry.Summary);
        Assert.Equal(longTitle, Assert.Single(feed.Entries, e => e.Id == "urn:uuid:" + longItem.FeedEntryId.ToString("D")).Title);
    }

    [Fact]
    public async Task Feed_KeepsTheEntryId_WhenTheTitleAndSlugChange_AndItsUpdatedIsTheRecords()
    {
        var item = await NewsTestData.AddAsync(site, "Before the edit", new DateOnly(2027, 7, 1));
        var (first, firstBody) = await GetAsync("/en/news/feed.atom");
        first.Dispose();
        var before = Assert.Single((await PythonFeedParser.ParseAsync(firstBody)).Entries, e => e.Title == "Before the edit");

        await site.WithDbAsync(async db =>
        {
            var stored = await db.NewsItems.SingleAsync(n => n.Id == item.Id);
            stored.Title = "After the edit";
            stored.Slug = "after-the-edit-" + item.Id;
            await db.SaveChangesAsync();
        });
        var (second, secondBody) = await GetAsync("/en/news/feed.atom");
        second.Dispose();
        var after = Assert.Single((await PythonFeedParser.ParseAsync(secondBody)).Entries, e => e.Title == "After the edit");

        Assert.Equal(before.Id, after.Id);
        Assert.EndsWith("/en/news/after-the-edit-" + item.Id, after.Link, StringComparison.Ordinal);
        var updated = await site.WithDbAsync(db => db.NewsItems.AsNoTracking().Where(n => n.Id == item.Id).Select(n => n.UpdatedAtUtc).SingleAsync());
        Assert.Equal(updated.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), after.Updated);
    }

    [Fact]
    public async Task Feed_AnswersNotModified_ToIfNoneMatch_AndIfModifiedSince()
    {
        await NewsTestData.AddAsync(site, "Conditional", new DateOnly(2027, 8, 1));
        var (response, _) = await GetAsync("/zh/news/feed.atom");
        var etag = response.Headers.ETag!;
        var lastModified = response.Content.Headers.LastModified!.Value;
        response.Dispose();

        var (byTag, tagBody) = await GetAsync("/zh/news/feed.atom", h => h.IfNoneMatch.Add(etag));
        var (byDate, dateBody) = await GetAsync("/zh/news/feed.atom", h => h.IfModifiedSince = lastModified);
        var (stale, staleBody) = await GetAsync("/zh/news/feed.atom", h => h.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"")));

        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(tagBody);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        Assert.Empty(dateBody);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotEmpty(staleBody);
        byTag.Dispose();
        byDate.Dispose();
        stale.Dispose();
    }

    [Theory]
    [InlineData("/en/partners", "/en/news/feed.atom")]
    [InlineData("/zh/programmes", "/zh/news/feed.atom")]
    [InlineData("/zh", "/zh/news/feed.atom")]
    public async Task EveryPage_AnnouncesTheFeedInItsLanguage(string page, string feed)
    {
        var document = await site.CreateClient().GetHtmlAsync(page);

        var link = Assert.Single(document.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal("http://localhost" + feed, link.GetAttribute("href"));
    }
}
