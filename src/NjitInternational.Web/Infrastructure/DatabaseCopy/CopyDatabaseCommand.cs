using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Infrastructure.DatabaseCopy;

/// <summary>
/// <c>copy-database --to-provider PostgreSql|SqlServer --to "&lt;connection string&gt;"</c>: the move
/// from the embedded SQLite file (or any configured database) to a server database. Runs instead
/// of the web host, on the configured database, without migrating or seeding it; the target must
/// be empty. Media files are not copied: they stay in the shared media folder (docs/deployment.md).
/// </summary>
internal static class CopyDatabaseCommand
{
    public const string Name = "copy-database";

    public const string Usage = "Usage: copy-database --to-provider PostgreSql|SqlServer --to \"<connection string>\"";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

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
            if (args[i] is "--to-provider" or "--to")
            {
                i++;
                continue;
            }

            host.Add(args[i]);
        }

        return [.. host];
    }

    /// <returns>0 when every table was copied and the counts match, 1 when refused or different, 64 for wrong arguments.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var connectionString = ValueOf(args, "--to");
        if (connectionString is null
            || !Enum.TryParse<DatabaseProvider>(ValueOf(args, "--to-provider"), ignoreCase: true, out var provider)
            || provider is not (DatabaseProvider.PostgreSql or DatabaseProvider.SqlServer))
        {
            await error.WriteLineAsync(Usage);
            return 64;
        }

        await using var scope = services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var target = CreateTarget(provider, connectionString);
        try
        {
            var counts = await new DatabaseCopier(source, target, output).CopyAsync(cancellationToken);
            var different = counts.Where(c => c.Source != c.Target).ToList();
            foreach (var count in different)
            {
                await error.WriteLineAsync($"{count.Table}: {count.Source} rows in the source, {count.Target} in the target");
            }

            await output.WriteLineAsync(different.Count == 0
                ? $"Copied {counts.Count} tables; every row count matches."
                : "The copy is incomplete: do not switch the site to the target.");
            return different.Count == 0 ? 0 : 1;
        }
        catch (DatabaseCopyException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    /// <summary>The target as a bare context: no save pipeline, so rows keep their stamps and no audit is written.</summary>
    private static AppDbContext CreateTarget(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlAppDbContext(
            new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(connectionString).Options),
        _ => new SqlServerAppDbContext(
            new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer(connectionString).Options),
    };

    private static string? ValueOf(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length && !string.IsNullOrWhiteSpace(args[index + 1]) ? args[index + 1] : null;
    }
}
