using System.Diagnostics;
using System.Net;

namespace NjitInternational.TestSupport.ScaleOut;

/// <summary>
/// One instance of the site as its own process (<c>dotnet NjitInternational.Web.dll --urls ...</c>),
/// as a load balancer would see it: it shares nothing with the other instance but what the settings name.
/// </summary>
public sealed class SiteInstance : IAsyncDisposable
{
    private readonly CapturedProcess _process;

    private SiteInstance(string name, Uri baseAddress, CapturedProcess process)
    {
        Name = name;
        BaseAddress = baseAddress;
        _process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>What the instance logged (console sink), for failure messages.</summary>
    public string Output => _process.Output;

    public static async Task<SiteInstance> StartAsync(
        SiteBuild build,
        string name,
        string homeDirectory,
        IEnumerable<KeyValuePair<string, string>> settings)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = build.StartInfo(homeDirectory, [.. settings, new("urls", baseAddress.ToString().TrimEnd('/'))]);
        var instance = new SiteInstance(name, baseAddress, CapturedProcess.Start(start));
        try
        {
            await instance.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of this instance; pass one <see cref="CookieContainer"/> to several to share a browser's cookies.</summary>
    public HttpClient CreateClient(CookieContainer? cookies = null)
    {
        var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = cookies ?? new CookieContainer(),
        };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Instance {Name} exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

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
            catch (TaskCanceledException)
            {
                // Starting slowly on a busy machine.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Instance {Name} at {BaseAddress} was not ready within {timeout}:\n{Output}");
    }
}
