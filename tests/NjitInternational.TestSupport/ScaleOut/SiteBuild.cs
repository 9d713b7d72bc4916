using System.Diagnostics;

namespace NjitInternational.TestSupport.ScaleOut;

/// <summary>
/// The site as built by the solution build (src/NjitInternational.Web/bin/{Configuration}/net10.0),
/// in the configuration the tests themselves were built in: run as separate processes, the way a
/// deployment runs it.
/// </summary>
public sealed class SiteBuild
{
    private SiteBuild(string directory)
    {
        Directory = directory;
    }

    /// <summary>The folder holding NjitInternational.Web.dll, its appsettings and wwwroot: the content root.</summary>
    public string Directory { get; }

    public string Assembly => Path.Combine(Directory, "NjitInternational.Web.dll");

    public static SiteBuild Locate()
    {
        // Tests run from tests/<Project>/bin/<Configuration>/<tfm>/.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "NjitInternational.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No NjitInternational.sln above {AppContext.BaseDirectory}");
        }

        var build = new SiteBuild(Path.Combine(root.FullName, "src", "NjitInternational.Web", "bin", configuration, framework));
        if (!File.Exists(build.Assembly))
        {
            throw new InvalidOperationException($"{build.Assembly} is missing: build the solution (dotnet build NjitInternational.sln -c {configuration}) first.");
        }

        return build;
    }

    /// <summary>
    /// <c>dotnet NjitInternational.Web.dll [arguments] --key=value...</c> in the Testing environment
    /// (plain-HTTP cookie names), logging to the console, with its own HOME so nothing is shared
    /// through the user's profile (e.g. a file-system Data Protection key ring).
    /// </summary>
    public ProcessStartInfo StartInfo(string homeDirectory, IEnumerable<KeyValuePair<string, string>> settings, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        System.IO.Directory.CreateDirectory(homeDirectory);
        var start = new ProcessStartInfo(DotnetHost()) { WorkingDirectory = Directory };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.ArgumentList.Add("--Serilog:WriteTo:0:Name=Console");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["HOME"] = homeDirectory;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return start;
    }

    /// <summary>Runs a command of the site (initialize-database, create-admin) to completion.</summary>
    public Task<string> RunAsync(string homeDirectory, IEnumerable<KeyValuePair<string, string>> settings, string? input, params string[] arguments) =>
        CapturedProcess.RunAsync(StartInfo(homeDirectory, settings, arguments), input, TimeSpan.FromSeconds(120));

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
