using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NjitInternational.TestSupport;
using Serilog.Core;
using Serilog.Events;

namespace NjitInternational.IntegrationTests.Support;

/// <summary>
/// The seeded site plus the test-only <see cref="ProbeController"/>, a log sink the tests read,
/// and a way to choose the TCP peer address of a request (header <see cref="PeerHeader"/>; the
/// in-memory test server has no real socket). Subclasses add settings with <see cref="Settings"/>.
/// </summary>
public class ProbeSiteFactory : SiteFactory
{
    /// <summary>Test-only stand-in for the socket's remote address, applied before the site's pipeline.</summary>
    public const string PeerHeader = "X-Test-Peer";

    public CollectingSink Logs { get; } = new();

    public ProbeSignals Signals { get; } = new();

    /// <summary>The host, so a test can stop it (graceful shutdown).</summary>
    public IHost? Host { get; private set; }

    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddSingleton<ILogEventSink>(Logs);
        services.AddSingleton(Signals);
        services.AddSingleton<IStartupFilter, PeerAddressStartupFilter>();
        services.AddControllersWithViews().AddApplicationPart(typeof(ProbeController).Assembly);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Host = base.CreateHost(builder);
        return Host;
    }

    private sealed class PeerAddressStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer) && IPAddress.TryParse(peer, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Keeps every Serilog event the site writes, for assertions on structured logs.</summary>
public sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
