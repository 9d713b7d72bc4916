using System.Diagnostics;
using System.Text.Json;

namespace NjitInternational.IntegrationTests.Support;

/// <summary>
/// Asks Python's <c>urllib.robotparser</c> (a first-match parser, as several crawlers are) whether a
/// robots.txt lets every user agent fetch each path: a rule that only reads right to a
/// longest-match parser such as Google's fails here.
/// </summary>
internal static class PythonRobotsParser
{
    private const string Script = """
        import json, sys, urllib.robotparser
        request = json.load(sys.stdin)
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(request["robots"].splitlines())
        json.dump({path: parser.can_fetch("*", "http://localhost" + path) for path in request["paths"]}, sys.stdout)
        """;

    public static async Task<IReadOnlyDictionary<string, bool>> CanFetchAsync(string robotsTxt, IReadOnlyList<string> paths)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        await python.StandardInput.WriteAsync(JsonSerializer.Serialize(new { robots = robotsTxt, paths }));
        python.StandardInput.Close();
        var output = python.StandardOutput.ReadToEndAsync();
        var errors = python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, await errors);
        return JsonSerializer.Deserialize<Dictionary<string, bool>>(await output)!;
    }
}
