using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using NjitInternational.IntegrationTests.Support;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.IntegrationTests.Security;

public sealed class TrustedProxySiteFactory : ProbeSiteFactory
{
    public const string Proxy = "10.0.0.7";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("ForwardedHeaders:KnownProxies:0", Proxy),
        new("ForwardedHeaders:KnownNetworks:0", "10.1.0.0/16"),
    ];
}

public class ForwardedHeadersTests(TrustedProxySiteFactory site) : IClassFixture<TrustedProxySiteFactory>
{
    private async Task<string> ClientSeenAsync(string peer, string forwardedFor, string forwardedProto = "https")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/__probe/client", UriKind.Relative));
        request.Headers.Add(ProbeSiteFactory.PeerHeader, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var response = await site.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task ForgedForwardedHeaders_FromAnUnknownAddress_AreIgnored()
    {
        Assert.Equal("203.0.113.50|http", await ClientSeenAsync("203.0.113.50", "198.51.100.23"));
    }

    [Fact]
    public async Task ForwardedHeaders_FromAConfiguredProxy_GiveTheRealClientAndScheme()
    {
        Assert.Equal("198.51.100.23|https", await ClientSeenAsync(TrustedProxySiteFactory.Proxy, "198.51.100.23"));
    }

    [Fact]
    public async Task ForwardedHeaders_FromAConfiguredNetwork_AreHonoured()
    {
        Assert.Equal("198.51.100.24|https", await ClientSeenAsync("10.1.2.3", "198.51.100.24"));
    }

    [Fact]
    public async Task Loopback_IsNoLongerTrusted_OnceProxiesAreConfigured()
    {
        Assert.Equal("127.0.0.1|http", await ClientSeenAsync("127.0.0.1", "198.51.100.25"));
    }

    [Fact]
    public void WithNothingConfigured_OnlyLoopbackIsTrusted()
    {
        var options = new ForwardedHeadersOptions();

        ProxyTrustExtensions.Apply(options, new ForwardedHeadersSettings());

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
        Assert.Equal([System.Net.IPAddress.IPv6Loopback], options.KnownProxies);
        Assert.Single(options.KnownIPNetworks);
        Assert.True(options.KnownIPNetworks[0].Contains(System.Net.IPAddress.Loopback));
    }
}
