using System.Net;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Security;

public class SecurityHeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Addresses => ["/en", "/no-such-page-here", "/css/site.css", "/health/live", "/error/500"];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        using var response = await site.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.True((int)response.StatusCode < 600, url);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
            "form-action 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()" })
        {
            Assert.Contains(feature, permissions, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ContentSecurityPolicy_AllowsNoInlineOrEvalScript()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/en", UriKind.Relative));
        var policy = Header(response, "Content-Security-Policy");

        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_HasNoInlineScriptStyleOrEventHandler_SoThePolicyBreaksNothing()
    {
        var page = await site.CreateClient().GetHtmlAsync("/en");

        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task TestHost_ServesPlainHttp_WithoutRedirectOrHsts()
    {
        using var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(new Uri("/en", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");
}
