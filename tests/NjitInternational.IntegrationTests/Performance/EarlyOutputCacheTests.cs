using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Infrastructure.Identity;
using NjitInternational.Web.Infrastructure.Security;
using Serilog.Core;
using Serilog.Events;

namespace NjitInternational.IntegrationTests.Performance;

/// <summary>
/// The output cache answers hits before routing and authentication (PublicPagePolicy). What the
/// later middleware used to guarantee still holds on a hit, and what it used to decide (staff,
/// endpoints, status) is decided without it.
/// </summary>
public class EarlyOutputCacheTests(CachingSiteFactory site) : IClassFixture<CachingSiteFactory>
{
    private static async Task<HttpResponseMessage> GetTwiceAsync(HttpClient client, string url)
    {
        (await client.GetAsync(new Uri(url, UriKind.Relative))).Dispose();
        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    [Fact]
    public async Task ACachedHit_CarriesEverySecurityHeader()
    {
        using var hit = await GetTwiceAsync(site.CreateClient(), "/en/partners?region=asia");

        Assert.True(hit.Headers.Age.HasValue, "the second request must come from the cache");
        Assert.Equal(SecurityHeadersExtensions.ContentSecurityPolicy, Assert.Single(hit.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(hit.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(hit.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(hit.Headers.GetValues("Referrer-Policy")));
        Assert.Equal(SecurityHeadersExtensions.PermissionsPolicy, Assert.Single(hit.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task ARequestCarryingTheSignInCookie_IsNeverAnsweredFromTheCache()
    {
        var visitor = site.CreateClient();
        using (var hit = await GetTwiceAsync(visitor, "/en/alliances"))
        {
            Assert.True(hit.Headers.Age.HasValue, "the page must be cached for anonymous visitors");
        }

        // Any value: the cookie is recognised before authentication has read it.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/alliances");
        request.Headers.Add("Cookie", $"{IdentityExtensions.PlainCookieName}=not-a-ticket");
        using var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Age.HasValue, "a request with the staff cookie must be rendered fresh");
    }

    [Fact]
    public async Task AVisitorWhoSwitchedLanguage_GetsTheLanguageCookieUpdated_OnACachedPage()
    {
        using (var hit = await GetTwiceAsync(site.CreateClient(), "/en/conferences"))
        {
            Assert.True(hit.Headers.Age.HasValue, "the page must be cached for anonymous visitors");
        }

        // Their cookie still says Chinese: the English page is rendered and the cookie follows them.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/conferences");
        request.Headers.Add("Cookie", $"{SiteCultures.CookieName}=zh");
        using var response = await site.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Age.HasValue, "a language switch must not be answered from the cache");
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{SiteCultures.CookieName}=en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFirstVisitFollowingTheLanguageSwitch_IsRenderedAndRemembered_OnACachedPage()
    {
        using (var hit = await GetTwiceAsync(site.CreateClient(), "/en/visiting-professors"))
        {
            Assert.True(hit.Headers.Age.HasValue, "the page must be cached for anonymous visitors");
        }

        // No cookie yet, but they came from this site's Chinese page: the switch is remembered.
        var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/visiting-professors");
        request.Headers.Referrer = new Uri(client.BaseAddress!, "/zh/visiting-professors");
        using var response = await client.SendAsync(request);

        Assert.False(response.Headers.Age.HasValue, "a language switch must not be answered from the cache");
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{SiteCultures.CookieName}=en", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANotFoundPage_IsNeverCached()
    {
        using var second = await GetTwiceAsync(site.CreateClient(), "/en/partners/no-such-university");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue, "a 404 must not be stored");
        Assert.Contains("<h1", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormPage_IsNeverStored_EvenWhenTheVisitorAlreadyHoldsTheAntiforgeryCookie()
    {
        // The second answer sets no cookie (the visitor has one), but its form token is tied to that
        // visitor's cookie: stored, it would break the form for everyone else.
        var returning = site.CreateClient();
        using (var second = await GetTwiceAsync(returning, "/en/study-at-njit"))
        {
            Assert.False(second.Headers.Age.HasValue);
        }

        using var stranger = await site.CreateClient().GetAsync(new Uri("/en/study-at-njit", UriKind.Relative));
        Assert.False(stranger.Headers.Age.HasValue, "a page with an antiforgery token must not come from the cache");
        Assert.True(stranger.Headers.Contains("Set-Cookie"), "a new visitor gets their own antiforgery cookie");
    }

    [Theory]
    [InlineData("/en", true)]
    [InlineData("/zh/partners", true)]
    [InlineData("/en/Partners/university-of-oulu", true)]
    [InlineData("/partners.csv", true)]
    [InlineData("/sitemap.xml", true)]
    [InlineData("/en/search", true)]
    [InlineData("/css/site.css", false)]
    [InlineData("/js/partners.js", false)]
    [InlineData("/admin/account/login", false)]
    [InlineData("/health/ready", false)]
    [InlineData("/error/404", false)]
    [InlineData("/no-such-section/page", false)]
    public void OnlyPathsOfCachedPages_AreLookedUp(string path, bool lookedUp)
    {
        var paths = site.Services.GetRequiredService<PublicPagePaths>();
        Assert.Equal(lookedUp, paths.MayBeCached(path));
    }

    [Fact]
    public async Task APageWithoutThePublicCacheMarker_IsNotStored_UnderACachedPagesPath()
    {
        // Looked up (it shares /en/study-at-njit with a cached page), rendered, but never stored.
        using var second = await GetTwiceAsync(site.CreateClient(), "/en/study-at-njit/enquiry/thanks");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue, "an action without [OutputCache(PublicPolicy)] must not be stored");
    }
}

/// <summary>A site with the output cache on and an in-memory log sink.</summary>
public sealed class CachingCollectingLogSiteFactory : CachingSiteFactory
{
    public CollectingLogSiteFactory.CollectingSink Sink { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<ILogEventSink>(Sink);
}

/// <summary>A hit answered before routing is still one request line at Information, like any page.</summary>
public class OutputCacheHitLoggingTests(CachingCollectingLogSiteFactory site) : IClassFixture<CachingCollectingLogSiteFactory>
{
    [Fact]
    public async Task ACachedHit_IsLoggedAtInformation()
    {
        var client = site.CreateClient();
        (await client.GetAsync(new Uri("/en/conferences", UriKind.Relative))).Dispose();
        using var hit = await client.GetAsync(new Uri("/en/conferences", UriKind.Relative));
        Assert.True(hit.Headers.Age.HasValue);

        var lines = site.Sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal)
            && e.Properties["RequestPath"].ToString() == "\"/en/conferences\"").ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal(LogEventLevel.Information, line.Level));
    }
}
