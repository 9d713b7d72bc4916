using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests.News;

/// <summary>/en/news, /zh/news, a news page, and the news on the home, partner and programme pages.</summary>
public class NewsPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    /// <summary>Each home-page run dates its items after every earlier run's, whatever the order.</summary>
    private static int _homeRuns;

    [Theory]
    [InlineData("en", "News")]
    [InlineData("zh", "新闻")]
    public async Task List_ShowsPublishedNewsNewestFirst_InThePagesLanguage_AndNoDrafts(string culture, string heading)
    {
        var older = await NewsTestData.AddAsync(site, "Older news " + culture, new DateOnly(2027, 1, 5));
        var newer = await NewsTestData.AddAsync(site, "Newer news " + culture, new DateOnly(2027, 2, 5), more: n => n.TitleZh = "较新的新闻" + culture);
        var draft = await NewsTestData.AddAsync(site, "Draft news " + culture, new DateOnly(2027, 3, 5), PublicationStatus.Draft);

        var page = await site.CreateClient().GetHtmlAsync($"/{culture}/news");

        Assert.Equal(heading, page.QuerySelector("h1")!.NormalizedText());
        var titles = page.QuerySelectorAll(".news-list h2").Select(h => h.NormalizedText()).ToList();
        var newerTitle = culture == "zh" ? "较新的新闻" + culture : newer.Title;
        Assert.True(titles.IndexOf(newerTitle) >= 0 && titles.IndexOf(newerTitle) < titles.IndexOf(older.Title), string.Join(" | ", titles));
        Assert.DoesNotContain(draft.Title, titles);
        Assert.NotNull(page.QuerySelector($"a[href='/{culture}/news/{newer.Slug}']"));
        Assert.NotNull(page.QuerySelector($"nav a[href='/{culture}/news']"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("99999999999999999999")]
    [InlineData("500")]
    public async Task List_ShowsTheNearestPage_ForABadPageNumber(string page)
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/news?page=" + Uri.EscapeDataString(page), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task List_PagesPastTwentyItems()
    {
        for (var i = 0; i < 21; i++)
        {
            await NewsTestData.AddAsync(site, $"Paged news {i:00}", new DateOnly(2020, 1, 1).AddDays(i));
        }

        var client = site.CreateClient();
        var first = await client.GetHtmlAsync("/en/news");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var last = await client.GetHtmlAsync("/en/news?page=999");

        Assert.Equal(20, first.QuerySelectorAll(".news-list li").Length);
        Assert.StartsWith("/en/news?page=2", next, StringComparison.Ordinal);
        Assert.Contains("Paged news 00", last.QuerySelector(".news-list")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task Detail_ShowsTheItemWithNewsArticleJsonLd_AndItsProgrammesAndPartners_ThatShowItInTurn(string culture)
    {
        var programme = await NewsTestData.PublishedProgrammeAsync(site);
        var partner = await NewsTestData.PublishedPartnerAsync(site);
        var item = await NewsTestData.AddAsync(site, "Call for applications " + culture, new DateOnly(2027, 4, 1), more: n =>
        {
            n.TitleZh = "申请通知" + culture;
            n.Summary = "Apply by May.";
            n.Body = "Read **this**.";
            n.Programmes.Add(new NewsProgramme { ProgrammeId = programme.Id });
            n.Partners.Add(new NewsPartner { PartnerId = partner.Id });
        });
        var client = site.CreateClient();

        var page = await client.GetHtmlAsync($"/{culture}/news/{item.Slug}");

        var title = culture == "zh" ? "申请通知" + culture : item.Title;
        Assert.Equal(title, page.QuerySelector("h1")!.NormalizedText());
        Assert.Equal("<strong>this</strong>", page.QuerySelector(".prose strong")!.OuterHtml);
        var article = PublicPageAssertions.JsonLdOfType(page, "NewsArticle");
        Assert.Equal(title, article.GetProperty("headline").GetString());
        Assert.Equal("2027-04-01", article.GetProperty("datePublished").GetString());
        Assert.Equal($"http://localhost/{culture}/news/{item.Slug}", article.GetProperty("url").GetString());
        Assert.NotNull(page.QuerySelector($"[data-news-programmes] a[href='/{culture}/programmes/{programme.Slug}']"));
        Assert.NotNull(page.QuerySelector($"[data-news-partners] a[href='/{culture}/partners/{partner.Slug}']"));

        foreach (var path in new[] { $"/{culture}/programmes/{programme.Slug}", $"/{culture}/partners/{partner.Slug}" })
        {
            var other = await client.GetHtmlAsync(path);
            Assert.NotNull(other.QuerySelector($"[data-news-section] a[href='/{culture}/news/{item.Slug}']"));
        }
    }

    [Fact]
    public async Task Detail_AnswersNotFound_ForADraftOrAnUnknownSlug()
    {
        var draft = await NewsTestData.AddAsync(site, "Unpublished news", new DateOnly(2027, 1, 1), PublicationStatus.Draft);
        var client = site.CreateClient();

        foreach (var path in new[] { "/en/news/" + draft.Slug, "/zh/news/" + draft.Slug, "/en/news/no-such-news" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("en", "Latest news")]
    [InlineData("zh", "最新消息")]
    public async Task Home_ShowsTheThreeLatest(string culture, string heading)
    {
        var run = Interlocked.Increment(ref _homeRuns);
        for (var i = 0; i < 4; i++)
        {
            await NewsTestData.AddAsync(site, $"Home news {culture} {i}", new DateOnly(2099, 1, 1).AddDays((run * 10) + i));
        }

        var page = await site.CreateClient().GetHtmlAsync($"/{culture}");

        var section = page.QuerySelector("[data-news-section]")!;
        Assert.Equal(heading, section.QuerySelector("h2")!.NormalizedText());
        Assert.Equal([$"Home news {culture} 3", $"Home news {culture} 2", $"Home news {culture} 1"], section.QuerySelectorAll("h3").Select(h => h.NormalizedText()));
    }
}
