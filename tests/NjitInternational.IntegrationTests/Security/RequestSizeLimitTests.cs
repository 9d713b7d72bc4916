using System.Net;
using NjitInternational.IntegrationTests.Support;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Security;

public class RequestSizeLimitTests(ProbeSiteFactory site) : IClassFixture<ProbeSiteFactory>
{
    private async Task<HttpResponseMessage> PostFormAsync(string url, int valueLength)
    {
        using var content = new FormUrlEncodedContent([new("Message", new string('x', valueLength))]);
        return await site.CreateClient().PostAsync(new Uri(url, UriKind.Relative), content);
    }

    [Fact]
    public async Task FormPost_JustUnderTheFormLimit_IsAccepted()
    {
        using var response = await PostFormAsync("/__probe/form", 60 * 1024);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FormPost_OverTheFormLimit_AnswersAFriendly413()
    {
        using var response = await PostFormAsync("/__probe/form", 70 * 1024);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("Request not accepted", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("nav.site-nav"));
    }

    [Fact]
    public async Task AnEndpointsOwnLimit_WinsOverTheFormDefault()
    {
        using var accepted = await PostFormAsync("/__probe/upload", 150 * 1024);
        using var refused = await PostFormAsync("/__probe/upload", 250 * 1024);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }

    [Fact]
    public async Task AnyBody_OverTheGlobalLimit_Answers413()
    {
        using var small = new ByteArrayContent(new byte[512 * 1024]);
        using var large = new ByteArrayContent(new byte[(1024 * 1024) + 1]);
        var client = site.CreateClient();

        using var accepted = await client.PostAsync(new Uri("/__probe/raw", UriKind.Relative), small);
        using var refused = await client.PostAsync(new Uri("/__probe/raw", UriKind.Relative), large);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
    }
}
