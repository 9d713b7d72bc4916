using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using NjitInternational.TestSupport.ScaleOut;

namespace NjitInternational.TestSupport.Mail;

/// <summary>
/// A real SMTP server for the tests: Debian's python3-aiosmtpd on a free loopback port, writing each
/// message it accepts to a folder (one .eml file per message). <c>./scripts/test.sh</c> installs it;
/// without it the fixture fails (never skips). Stop and start it again on the same port to test an
/// outage. Recipients containing "refuse" are answered 550 (a permanent refusal).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";

    private const string Script = """
        import asyncio, os, sys, time
        from aiosmtpd.controller import Controller

        host, port, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]

        class Sink:
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if "refuse" in address:
                    return "550 5.1.1 Mailbox refused by the test server"
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                name = "%d-%d" % (time.time_ns(), os.getpid())
                temporary = os.path.join(folder, "." + name + ".tmp")
                with open(temporary, "wb") as f:
                    f.write(envelope.original_content or envelope.content)
                os.rename(temporary, os.path.join(folder, name + ".eml"))
                return "250 OK"

        controller = Controller(Sink(), hostname=host, port=port)
        controller.start()
        print("ready", flush=True)
        try:
            sys.stdin.read()
        finally:
            controller.stop()
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("njit-smtp-").FullName;
    private CapturedProcess? _process;

    public int Port { get; } = FreePort.Next();

    public string Host { get; } = "127.0.0.1";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink();
        await sink.StartAgainAsync();
        return sink;
    }

    /// <summary>Starts the server (again) on the same port and folder.</summary>
    public async Task StartAgainAsync()
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException($"{Python} was not found: run ./scripts/test.sh (it installs python3-aiosmtpd with apt-get).");
        }

        var script = Path.Combine(_folder, "..", $"smtp-sink-{Port}.py");
        await File.WriteAllTextAsync(script, Script);
        var start = new ProcessStartInfo(Python);
        foreach (var argument in new[] { script, Host, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), _folder })
        {
            start.ArgumentList.Add(argument);
        }

        _process = CapturedProcess.Start(start);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process.HasExited)
            {
                break;
            }

            if (_process.Output.Contains("ready", StringComparison.Ordinal) && await AcceptsConnectionsAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        var output = _process.Output;
        await _process.DisposeAsync();
        _process = null;
        throw new InvalidOperationException(
            $"The test SMTP server (python3-aiosmtpd) did not start on port {Port}; run ./scripts/test.sh, which installs it:\n{output}");
    }

    /// <summary>Stops the server: connections are refused until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }

        var deadline = Stopwatch.StartNew();
        while (await AcceptsConnectionsAsync() && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        [.. new DirectoryInfo(_folder).GetFiles("*.eml")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f.FullName))];

    /// <summary>The messages addressed to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        [.. Messages().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
        File.Delete(Path.Combine(_folder, "..", $"smtp-sink-{Port}.py"));
    }
}
