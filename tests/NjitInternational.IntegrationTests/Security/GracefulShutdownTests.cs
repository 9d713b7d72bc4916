using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NjitInternational.IntegrationTests.Support;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.Security;

public sealed class ShortShutdownSiteFactory : ProbeSiteFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Hosting:ShutdownTimeoutSeconds", "1")];
}

public class GracefulShutdownTests
{
    private static async Task<Uri> StartOnKestrelAsync(ProbeSiteFactory site)
    {
        site.UseKestrel(0);
        site.StartServer();
        await Task.Yield();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShutdownTimeout_Is25Seconds_UnlessConfigured()
    {
        await using var standard = new SiteFactory();
        await using var configured = new ShortShutdownSiteFactory();

        Assert.Equal(TimeSpan.FromSeconds(25), standard.Services.GetRequiredService<IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), configured.Services.GetRequiredService<IOptions<Microsoft.Extensions.Hosting.HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public async Task InFlightRequest_CompletesWhenTheHostStops()
    {
        await using var site = new ProbeSiteFactory();
        var address = await StartOnKestrelAsync(site);
        using var client = new HttpClient { BaseAddress = address };

        var slow = client.GetAsync(new Uri("/__probe/slow?ms=1500", UriKind.Relative));
        await site.Signals.SlowRequestStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = Stopwatch.StartNew();
        await site.Host!.StopAsync();
        stopping.Stop();

        using var response = await slow;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("slow done", await response.Content.ReadAsStringAsync());
        Assert.True(stopping.Elapsed >= TimeSpan.FromSeconds(1), $"the host stopped after {stopping.Elapsed} without waiting for the request");
    }

    [Fact]
    public async Task RequestLongerThanTheShutdownTimeout_IsCutOff()
    {
        await using var site = new ShortShutdownSiteFactory();
        var address = await StartOnKestrelAsync(site);
        using var client = new HttpClient { BaseAddress = address };

        var slow = client.GetAsync(new Uri("/__probe/slow?ms=6000", UriKind.Relative));
        await site.Signals.SlowRequestStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = Stopwatch.StartNew();
        await site.Host!.StopAsync();
        stopping.Stop();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {stopping.Elapsed}");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => slow);
    }
}
