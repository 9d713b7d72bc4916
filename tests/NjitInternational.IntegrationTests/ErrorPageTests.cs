using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

public class ErrorPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task UnknownAddress_AnswersAFriendly404InTheSiteLayout()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/no-such-page-here", UriKind.Relative));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("nav.site-nav"));
    }
}
