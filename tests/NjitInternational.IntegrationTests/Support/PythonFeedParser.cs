using System.Diagnostics;
using System.Text.Json;

namespace NjitInternational.IntegrationTests.Support;

/// <summary>
/// Parses a feed with Debian's python3-feedparser, a reader independent of the library that wrote
/// it: <c>bozo</c> is set for any XML or feed error, and titles, ids and links come back as a feed
/// reader sees them.
/// </summary>
internal static class PythonFeedParser
{
    private const string Script = """
        import json, sys, feedparser
        parsed = feedparser.parse(sys.stdin.buffer.read())
        json.dump({
            "bozo": bool(parsed.bozo),
            "error": str(parsed.get("bozo_exception", "")),
            "version": parsed.version,
            "title": parsed.feed.get("title"),
            "language": parsed.feed.get("language"),
            "updated": parsed.feed.get("updated"),
            "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"),
                         "updated": e.get("updated"), "summary": e.get("summary")} for e in parsed.entries],
        }, sys.stdout)
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<ParsedFeed> ParseAsync(byte[] feed)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        await python.StandardInput.BaseStream.WriteAsync(feed);
        python.StandardInput.Close();
        var output = python.StandardOutput.ReadToEndAsync();
        var errors = python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, await errors);
        return JsonSerializer.Deserialize<ParsedFeed>(await output, Json)!;
    }
}

internal sealed record ParsedFeed(bool Bozo, string Error, string Version, string? Title, string? Language, string? Updated, List<ParsedEntry> Entries);

internal sealed record ParsedEntry(string? Id, string? Title, string? Link, string? Updated, string? Summary);
