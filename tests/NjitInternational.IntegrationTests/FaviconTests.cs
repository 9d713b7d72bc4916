using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests;

/// <summary>Browsers ask for /favicon.ico on every page load: a 404 there is a console error on every page.</summary>
public class FaviconTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task FaviconIco_IsAnImage()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("image/", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Equal([0, 0, 1, 0], bytes[..4]);
    }

    [Theory]
    [InlineData("/en")]
    [InlineData("/zh/partners")]
    public async Task EveryPage_LinksAnIconItsContentSecurityPolicyAllows(string url)
    {
        var client = site.CreateClient();
        using var page = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await page.ReadHtmlAsync();
        var href = document.QuerySelector("head link[rel=icon]")?.GetAttribute("href");
        Assert.NotNull(href);

        using var icon = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("/", href, StringComparison.Ordinal);
        Assert.Contains("img-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
