using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

/// <summary>
/// Every page that answers GET answers HEAD (link checkers, monitors, crawlers) with the same status
/// and headers. (Kestrel drops the body; the in-memory test server does not: see HeadOverKestrelTests.)
/// </summary>
public class HeadRequestTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/en")]
    [InlineData("/zh/partners")]
    [InlineData("/en/partners/university-of-strathclyde")]
    [InlineData("/en/programmes")]
    [InlineData("/sitemap.xml")]
    [InlineData("/partners.csv")]
    [InlineData("/health/live")]
    public async Task APage_AnswersHead_LikeGet(string url)
    {
        var client = site.CreateClient();
        using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HeadOnAnOldAddress_RedirectsLikeGet()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/partners"));

        Assert.Equal(HttpStatusCode.Redirect, head.StatusCode);
        Assert.Equal("/en/partners", head.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task HeadOnTheAdminArea_StillAsksForSignIn()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/admin/partners"));

        Assert.Equal(HttpStatusCode.Redirect, head.StatusCode);
        Assert.Contains("/admin/account/login", head.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APostOnlyAddress_StillRefusesHead()
    {
        var client = site.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/study-at-njit/enquiry"));

        Assert.True(head.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"HEAD answered {head.StatusCode}");
    }
}
