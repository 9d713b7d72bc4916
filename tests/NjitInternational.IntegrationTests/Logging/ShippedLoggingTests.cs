using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using NjitInternational.TestSupport.ScaleOut;
using NjitInternational.Web.Infrastructure.Logging;
using Serilog;

namespace NjitInternational.IntegrationTests.Logging;

/// <summary>
/// The log configuration that ships (appsettings.Production.json): files and console behind one
/// bounded asynchronous queue, and nothing queued is lost when the service stops normally.
/// </summary>
public sealed class ShippedLoggingTests : IDisposable
{
    private const string FileSinkPath = "Serilog:WriteTo:0:Args:configure:0:Args:path";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"njit-logging-{Guid.NewGuid():N}");

    private string LogFolder => Path.Combine(_root, "logs");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task EveryRequestLine_IsOnDisk_AfterANormalShutdown()
    {
        var build = SiteBuild.Locate();
        var start = build.StartInfo(Path.Combine(_root, "home"),
        [
            new("ConnectionStrings:Default", $"Data Source={Path.Combine(_root, "site.db")}"),
            new("Database:MigrateOnStartup", "true"),
            new(FileSinkPath, Path.Combine(LogFolder, "site-.json")),
            new("urls", $"http://127.0.0.1:{FreePort.Next()}"),
        ]);
        // As deployed: the Production configuration and its sinks, not the test console override.
        start.ArgumentList.Remove("--Serilog:WriteTo:0:Name=Console");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var address = start.ArgumentList.Single(a => a.StartsWith("--urls=", StringComparison.Ordinal))["--urls=".Length..];

        await using var site = CapturedProcess.Start(start);
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilReadyAsync(site, client);

        const int Requests = 300;
        for (var i = 0; i < Requests; i++)
        {
            using var response = await client.GetAsync(new Uri("/en/partners", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Straight after the last response, with lines still in the queue and the file buffer.
        Assert.Equal(0, await site.StopAsync(TimeSpan.FromSeconds(60)));

        var events = Directory.GetFiles(LogFolder, "site-*.json").SelectMany(File.ReadAllLines)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(Requests, events.Count(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/en/partners"));
        Assert.Contains(events, e => e.GetProperty("@mt").GetString() == "Application is shutting down...");
    }

    [Fact]
    public void ProductionConfiguration_QueuesEveryEvent_InOneWatchedBoundedQueue()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(SiteBuild.Locate().Directory)
            .AddJsonFile("appsettings.json")
            .AddJsonFile("appsettings.Production.json")
            .AddInMemoryCollection([new(FileSinkPath, Path.Combine(LogFolder, "direct-.json"))])
            .Build();

        using (var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger())
        {
            Assert.Contains(10_000, LogQueueMonitor.Instance.QueueSizes);
            logger.Information("Queued {Marker}", "e3b0c442");
        }

        Assert.Empty(LogQueueMonitor.Instance.QueueSizes); // disposed with the logger, after writing out
        var line = Assert.Single(File.ReadAllLines(Assert.Single(Directory.GetFiles(LogFolder, "direct-*.json"))));
        Assert.Equal("e3b0c442", JsonDocument.Parse(line).RootElement.GetProperty("Marker").GetString());
    }

    private static async Task WaitUntilReadyAsync(CapturedProcess site, HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(site.HasExited, $"The site exited before it was ready:\n{site.Output}");
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The site was not ready within 90 s:\n{site.Output}");
    }
}
