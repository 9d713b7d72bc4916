using System.Net;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Localization;

namespace NjitInternational.IntegrationTests.Localization;

/// <summary>
/// Switching language is remembered (so old unprefixed links open in the chosen language), while
/// visitors and crawlers who just read pages get no cookie (their pages stay cacheable).
/// </summary>
public class LanguageCookieTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<string?> LanguageCookieSetByAsync(string url, string? referer, string? cookie = null)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }

        if (cookie is not null)
        {
            request.Headers.TryAddWithoutValidation("Cookie", $"{SiteCultures.CookieName}={cookie}");
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(SiteCultures.CookieName + "=", StringComparison.Ordinal))
            : null;
    }

    [Fact]
    public async Task ClickingTheSwitch_FromAnEnglishPage_RemembersChinese_EvenOnAFirstVisit()
    {
        var setCookie = await LanguageCookieSetByAsync("/zh/partners/university-of-oulu", "http://localhost/en/partners/university-of-oulu");

        Assert.NotNull(setCookie);
        Assert.StartsWith($"{SiteCultures.CookieName}=zh;", setCookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickingTheSwitch_FromAChinesePage_RemembersEnglish()
    {
        var setCookie = await LanguageCookieSetByAsync("/en", "http://localhost/zh");

        Assert.StartsWith($"{SiteCultures.CookieName}=en;", setCookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingLanguage_WithAnOldCookie_UpdatesIt()
    {
        var setCookie = await LanguageCookieSetByAsync("/zh/partners", referer: null, cookie: "en");

        Assert.StartsWith($"{SiteCultures.CookieName}=zh;", setCookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("http://localhost/zh/partners", null)]
    [InlineData("https://elsewhere.example/en/partners", null)]
    [InlineData("http://localhost/en/partners", "zh")]
    public async Task ReadingPages_InOneLanguage_SetsNoCookie(string? referer, string? cookie)
    {
        Assert.Null(await LanguageCookieSetByAsync("/zh/partners/university-of-oulu", referer, cookie));
    }
}
