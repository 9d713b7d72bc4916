using System.Net.Sockets;
using System.Text;
using NjitInternational.BrowserTests.Support;

namespace NjitInternational.BrowserTests;

/// <summary>
/// Over real Kestrel, HEAD gets a page's headers and no body bytes. Read from a raw socket: an
/// HttpClient never reads a body after HEAD, so it could not tell.
/// </summary>
public class HeadOverKestrelTests(BrowserSite browser) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task HeadOnTheDirectory_SendsHeadersOnly()
    {
        var response = await RawAsync("HEAD", "/en/partners");
        var get = await RawAsync("GET", "/en/partners");

        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        Assert.Contains("Content-Type: text/html", response, StringComparison.OrdinalIgnoreCase);
        var headerEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.Equal(response.Length, headerEnd + 4);
        Assert.Contains("<h1>", get, StringComparison.Ordinal);
    }

    private async Task<string> RawAsync(string method, string path)
    {
        var address = browser.BaseAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var stream = tcp.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var received = new MemoryStream();
        await stream.CopyToAsync(received);
        return Encoding.UTF8.GetString(received.ToArray());
    }
}
