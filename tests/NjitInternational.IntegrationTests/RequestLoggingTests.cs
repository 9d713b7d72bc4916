using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NjitInternational.TestSupport;
using Serilog.Core;
using Serilog.Events;

namespace NjitInternational.IntegrationTests;

/// <summary>A site with one more configured Serilog sink (read from DI by ReadFrom.Services) that keeps events in memory.</summary>
public sealed class CollectingLogSiteFactory : SiteFactory
{
    public CollectingSink Sink { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<ILogEventSink>(Sink);

    public sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}

/// <summary>
/// Request log lines go through the configured logger (its sinks and levels), not the console
/// bootstrap logger that only exists until the host starts, and never carry the query string.
/// </summary>
public class RequestLoggingTests(CollectingLogSiteFactory site) : IClassFixture<CollectingLogSiteFactory>
{
    [Fact]
    public async Task RequestLines_ReachTheConfiguredSinks_WithoutTheQueryString()
    {
        var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/en/partners?q=oulu", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        var line = Assert.Single(site.Sink.Events, e => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal)
            && e.Properties["RequestPath"].ToString() == "\"/en/partners\"");
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
        Assert.DoesNotContain("oulu", line.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
