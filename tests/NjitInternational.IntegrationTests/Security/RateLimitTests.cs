using System.Net;
using NjitInternational.IntegrationTests.Support;
using NjitInternational.TestSupport;
using Serilog.Events;

namespace NjitInternational.IntegrationTests.Security;

public sealed class TinyRateLimitSiteFactory : ProbeSiteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("RateLimits:Search:PermitLimit", "2"),
        new("RateLimits:Enquiry:PermitLimit", "1"),
        new("RateLimits:SignIn:PermitLimit", "1"),
        new("RateLimits:SignIn:WindowSeconds", "600"),
    ];
}

/// <summary>Each test uses its own client address, so the fixed windows never overlap between tests.</summary>
public class RateLimitTests(TinyRateLimitSiteFactory site) : IClassFixture<TinyRateLimitSiteFactory>
{
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string peer, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.Add(ProbeSiteFactory.PeerHeader, peer);
        if (method == HttpMethod.Post)
        {
            request.Content = new FormUrlEncodedContent([new("Name", "A visitor")]);
        }

        configure?.Invoke(request);
        return await site.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Search_AnswersTooManyRequestsWithRetryAfter_AfterTheConfiguredLimit()
    {
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await SendAsync(HttpMethod.Get, "/__probe/search", "192.0.2.10");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var rejected = await SendAsync(HttpMethod.Get, "/__probe/search", "192.0.2.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var page = await rejected.ReadHtmlAsync();
        Assert.Equal("Request not accepted", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Limits_ArePerClientAddress()
    {
        using (var first = await SendAsync(HttpMethod.Post, "/__probe/enquiry", "192.0.2.20"))
        using (var second = await SendAsync(HttpMethod.Post, "/__probe/enquiry", "192.0.2.20"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        }

        using var otherVisitor = await SendAsync(HttpMethod.Post, "/__probe/enquiry", "192.0.2.21");
        Assert.Equal(HttpStatusCode.OK, otherVisitor.StatusCode);
    }

    [Fact]
    public async Task SignIn_UsesItsConfiguredWindow()
    {
        using (await SendAsync(HttpMethod.Post, "/__probe/sign-in", "192.0.2.30"))
        {
        }

        using var rejected = await SendAsync(HttpMethod.Post, "/__probe/sign-in", "192.0.2.30");

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.InRange(rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 61, 600);
    }

    [Fact]
    public async Task Rejection_IsLoggedWithPolicyPathAndClient_ButNeverCookiesOrBody()
    {
        const string secret = "s3cret-cookie-and-body-value";
        void WithSecrets(HttpRequestMessage request)
        {
            request.Headers.Add("Cookie", $"session={secret}");
            request.Content = new FormUrlEncodedContent([new("Password", secret)]);
        }

        using (await SendAsync(HttpMethod.Post, "/__probe/sign-in", "192.0.2.40", WithSecrets))
        using (await SendAsync(HttpMethod.Post, "/__probe/sign-in", "192.0.2.40", WithSecrets))
        {
        }

        var rejection = Assert.Single(site.Logs.Events, e =>
            e.Properties.TryGetValue("ClientIp", out var ip) && ip.ToString() == "\"192.0.2.40\"");
        Assert.Equal(LogEventLevel.Warning, rejection.Level);
        Assert.Equal("\"SignIn\"", rejection.Properties["Policy"].ToString());
        Assert.Equal("\"/__probe/sign-in\"", rejection.Properties["Path"].ToString());
        Assert.Equal("RateLimitRejected", (rejection.Properties["EventId"] as StructureValue)?.Properties.Single(p => p.Name == "Name").Value.ToString().Trim('"'));
        Assert.DoesNotContain(site.Logs.Events, e =>
            e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(secret, StringComparison.Ordinal)
            || e.Properties.Values.Any(v => v.ToString().Contains(secret, StringComparison.Ordinal)));
    }
}
