using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NjitInternational.TestSupport.ScaleOut;

/// <summary>
/// A private redis-server on a free loopback port, without persistence, killed on dispose.
/// <c>./scripts/test.sh</c> installs redis-server; without it the fixture fails (never skips).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly CapturedProcess _process;

    private RedisServer(CapturedProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string for the site's <c>Redis:Configuration</c>.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(string workingDirectory)
    {
        var executable = FindExecutable()
            ?? throw new InvalidOperationException(
                "redis-server was not found on PATH. The two-instance tests need it: run ./scripts/test.sh " +
                "(it installs redis-server with apt-get), or `apt-get install -y redis-server`.");
        var port = FreePort.Next();
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory };
        foreach (var argument in new[]
        {
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bind", "127.0.0.1",
            "--save", string.Empty,
            "--appendonly", "no",
            "--daemonize", "no",
            "--dir", workingDirectory,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = CapturedProcess.Start(start);
        var server = new RedisServer(process, port);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
            {
                break;
            }

            if (await server.PingAsync())
            {
                return server;
            }

            await Task.Delay(100);
        }

        var output = process.Output;
        await process.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not answer PING on port {port}:\n{output}");
    }

    /// <summary>Sends a raw PING (RESP inline command): true when the server answers +PONG.</summary>
    public async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static string? FindExecutable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(["/usr/bin", "/usr/sbin", "/usr/local/bin"])
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);
    }
}
