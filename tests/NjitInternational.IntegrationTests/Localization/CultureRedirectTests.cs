using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>Old unprefixed addresses send visitors to /en or /zh; the prefixed pages answer in their language.</summary>
public class CultureRedirectTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptLanguage = null, string? cookie = null)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", $"{SiteCultures.CookieName}={cookie}");
        }

        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("zh-CN", "/zh/partners")]
    [InlineData("zh-TW", "/zh/partners")]
    [InlineData("zh", "/zh/partners")]
    [InlineData("en-GB", "/en/partners")]
    [InlineData("fr", "/en/partners")]
    [InlineData("fr-FR, zh-CN;q=0.8, en;q=0.5", "/zh/partners")]
    [InlineData("en;q=0.4, zh-CN;q=0.9", "/zh/partners")]
    [InlineData(null, "/en/partners")]
    public async Task UnprefixedAddress_RedirectsByAcceptLanguage(string? acceptLanguage, string expected)
    {
        using var response = await GetAsync("/partners", acceptLanguage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task HomePage_RedirectsToTheLanguageRoot()
    {
        using var chinese = await GetAsync("/", "zh-CN,zh;q=0.9");
        using var english = await GetAsync("/", "en-US");

        Assert.Equal("/zh", chinese.Headers.Location!.OriginalString);
        Assert.Equal("/en", english.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("en", "zh-CN", "/en/partners/university-of-oulu")]
    [InlineData("zh", "en-GB", "/zh/partners/university-of-oulu")]
    public async Task LanguageCookie_BeatsAcceptLanguage(string cookie, string acceptLanguage, string expected)
    {
        using var response = await GetAsync("/partners/university-of-oulu", acceptLanguage, cookie);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Redirect_KeepsTheQueryString()
    {
        using var response = await GetAsync("/partners?country=GB&kind=exchange&page=2", "zh-CN");

        Assert.Equal("/zh/partners?country=GB&kind=exchange&page=2", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/partners/%E5%8D%97%E4%BA%AC?q=%E5%8D%97", "/zh/partners/%E5%8D%97%E4%BA%AC?q=%E5%8D%97")]
    [InlineData("/partners/a%3Fb", "/zh/partners/a%3Fb")]
    [InlineData("/partners/a%23b", "/zh/partners/a%23b")]
    [InlineData("/partners/a%20b", "/zh/partners/a%20b")]
    public async Task Redirect_KeepsThePathEncoded_SoTheLocationIsAsciiAndNamesTheSameAddress(string url, string expected)
    {
        // Kestrel refuses non-ASCII header values (a 500), and a decoded %3F or %23 would cut the path.
        using var response = await GetAsync(url, "zh-CN");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal(expected, location);
        Assert.All(location, c => Assert.InRange(c, '!', '~'));
    }

    [Fact]
    public async Task Redirect_IsNoStore_VariesByLanguage_AndRemembersTheLanguage()
    {
        using var response = await GetAsync("/programmes", "zh-CN");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control was '{response.Headers.CacheControl}'");
        Assert.Contains("Accept-Language", response.Headers.Vary);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SiteCultures.CookieName + "=", StringComparison.Ordinal));
        Assert.StartsWith($"{SiteCultures.CookieName}=zh;", setCookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/partners", "en")]
    [InlineData("/zh/partners", "zh-CN")]
    [InlineData("/en", "en")]
    [InlineData("/zh", "zh-CN")]
    [InlineData("/zh/partners/university-of-oulu", "zh-CN")]
    [InlineData("/zh/about/staff-mobility", "zh-CN")]
    public async Task PrefixedPage_Answers200_InItsLanguage(string url, string lang)
    {
        using var response = await GetAsync(url, acceptLanguage: lang == "en" ? "zh-CN" : "en-GB");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/fr/partners")]
    [InlineData("/de")]
    [InlineData("/zh-cn/partners")]
    [InlineData("/zh/no-such-page")]
    public async Task UnknownLanguagePrefixOrPage_Is404(string url)
    {
        using var response = await GetAsync(url, "zh-CN");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>With the output cache on, as in production: a redirect made for one visitor never reaches another.</summary>
public class CultureRedirectCachingTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    [Fact]
    public async Task Redirect_IsNeverServedFromTheOutputCache()
    {
        var locations = new List<string>();
        foreach (var language in new[] { "zh-CN", "en-GB", "zh-CN", "en-GB" })
        {
            var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/alliances", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
            using var response = await client.SendAsync(request);
            Assert.False(response.Headers.Age.HasValue, "a redirect came from the output cache");
            locations.Add(response.Headers.Location!.OriginalString);
        }

        Assert.Equal(["/zh/alliances", "/en/alliances", "/zh/alliances", "/en/alliances"], locations);
    }
}
