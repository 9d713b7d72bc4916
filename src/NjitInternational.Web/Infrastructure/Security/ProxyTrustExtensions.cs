using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NjitInternational.Web.Infrastructure.Security;

/// <summary>"ForwardedHeaders" configuration: the reverse proxies whose X-Forwarded-* headers are believed.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];
}

internal static class ProxyTrustExtensions
{
    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are applied only when the TCP peer is a known proxy.
    /// With nothing configured the framework default stays: loopback only (a proxy on the same host).
    /// When proxies or networks are configured they replace that default, so exactly the configured
    /// addresses are trusted. Anyone else's headers are ignored: the client address (used for rate
    /// limits and logs) stays the real peer.
    /// </summary>
    public static IServiceCollection AddAppForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>()
            ?? new ForwardedHeadersSettings();
        services.Configure<ForwardedHeadersOptions>(options => Apply(options, settings));
        return services;
    }

    internal static void Apply(ForwardedHeadersOptions options, ForwardedHeadersSettings settings)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // One proxy hop: only the address the trusted proxy itself saw is taken.
        options.ForwardLimit = 1;
        if (settings.KnownProxies.Length == 0 && settings.KnownNetworks.Length == 0)
        {
            return;
        }

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        }
    }
}
