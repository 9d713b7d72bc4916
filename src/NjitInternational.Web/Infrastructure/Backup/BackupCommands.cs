namespace NjitInternational.Web.Infrastructure.Backup;

/// <summary>
/// <c>backup --output FILE</c> and <c>restore --input FILE [--force]</c>: run instead of the web
/// host, on the configured database and media folder, without applying migrations or seeding (a
/// backup copies the site as it is; a restore brings back the schema the archive holds).
/// </summary>
internal static class BackupCommands
{
    public const string Backup = "backup";

    public const string Restore = "restore";

    public const string Usage =
        "Usage: backup --output <archive.zip>\n" +
        "       restore --input <archive.zip> [--force]   (--force replaces a database or media files already there)";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] is Backup or Restore;

    /// <summary>The arguments the web host should see: the command and its own options removed.</summary>
    public static string[] HostArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!IsInvoked(args))
        {
            return args;
        }

        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--output" or "--input":
                    i++;
                    break;
                case "--force":
                    break;
                default:
                    host.Add(args[i]);
                    break;
            }
        }

        return [.. host];
    }

    /// <returns>0 on success, 1 when the backup or restore was refused or failed, 64 for wrong arguments.</returns>
    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var path = ValueOf(args, args[0] == Backup ? "--output" : "--input");
        if (path is null || args.Skip(1).Any(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--output" or "--input" or "--force") && !a.Contains('=', StringComparison.Ordinal)))
        {
            await error.WriteLineAsync(Usage);
            return 64;
        }

        var (locations, refusal) = BackupLocations.Resolve(app.Services);
        if (locations is null)
        {
            await error.WriteLineAsync(refusal);
            return 1;
        }

        var cancellationToken = app.Lifetime.ApplicationStopping;
        try
        {
            if (args[0] == Backup)
            {
                var clock = app.Services.GetRequiredService<TimeProvider>();
                await new BackupWriter(locations, clock, output).WriteAsync(path, cancellationToken);
            }
            else
            {
                await new BackupRestorer(locations, output).RestoreAsync(path, args.Contains("--force"), cancellationToken);
            }

            return 0;
        }
        catch (BackupException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static string? ValueOf(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length && !string.IsNullOrWhiteSpace(args[index + 1]) ? args[index + 1] : null;
    }
}
