using System.Net;
using Microsoft.EntityFrameworkCore;
using NjitInternational.TestSupport;
using NjitInternational.Web.Data.Entities;

namespace NjitInternational.IntegrationTests;

public class AboutPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/en/about/staff-mobility", "Staff mobility", "visit well-established universities abroad")]
    [InlineData("/en/about/international-cooperation", "International cooperation", "37 universities in 16 countries and regions")]
    public async Task AboutPage_RendersTitleAndMarkdownBody(string url, string title, string bodyText)
    {
        var page = await site.CreateClient().GetHtmlAsync(url);

        Assert.Equal(title, Assert.Single(page.QuerySelectorAll("h1")).NormalizedText());
        Assert.Contains(bodyText, page.QuerySelector("main article")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(title + " |", page.Title, StringComparison.Ordinal);
        Assert.Equal("http://localhost" + url, PublicPageAssertions.Canonical(page));
    }

    [Fact]
    public async Task Footer_LinksTheAboutPages()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en");
        var links = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/en/about/international-cooperation", links);
        Assert.Contains("/en/about/staff-mobility", links);
    }

    [Fact]
    public async Task AboutPage_AnswersNotFound_ForAnUnknownSlug()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en/about/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("study-abroad")]
    [InlineData("study-at-njit")]
    public async Task AboutPage_RedirectsPermanently_ToTheLandingPageOfThatSlug(string slug)
    {
        using var response = await site.CreateBrowserLikeClient().GetAsync(new Uri("/en/about/" + slug, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/en/" + slug, response.Headers.Location!.OriginalString);
    }
}

/// <summary>Unpublishes a page, so it has a site of its own.</summary>
public class AboutPageDraftTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AboutPage_AnswersNotFound_WhenThePageIsDraft()
    {
        await site.WithDbAsync(async db =>
        {
            var page = await db.Pages.SingleAsync(p => p.Slug == "staff-mobility");
            page.Status = PublicationStatus.Draft;
            await db.SaveChangesAsync();
        });

        using var response = await site.CreateClient().GetAsync(new Uri("/en/about/staff-mobility", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
