using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;

namespace NjitInternational.Web.Infrastructure.ScaleOut;

/// <summary>
/// <c>initialize-database</c>: the deployment step's one write before instances start. Applies
/// migrations when <c>Database:MigrateOnStartup</c> says so (on for SQLite; on SQL Server the
/// migration bundle or script runs first), creates the staff roles, adds the seed content, and
/// exits. Idempotent. Instances behind a load balancer then start with migration and seeding off,
/// so they never race to write the same rows.
/// </summary>
internal static class InitializeDatabaseCommand
{
    public const string Name = "initialize-database";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The host's arguments: the command name dropped, seeding switched on.</summary>
    public static string[] HostArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return IsInvoked(args) ? [.. args.Skip(1), $"--{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.SeedOnStartup)}=true"] : args;
    }

    /// <returns>The process exit code: 0, or 1 when migrations are pending and not to be applied here.</returns>
    public static async Task<int> RunAsync(WebApplication app, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var cancellationToken = app.Lifetime.ApplicationStopping;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!options.ShouldMigrateOnStartup)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    await error.WriteLineAsync(
                        $"{pending.Count} migration(s) pending ({string.Join(", ", pending)}): apply the migration bundle or " +
                        "idempotent script first, or pass --Database:MigrateOnStartup=true (single-instance installs only).");
                    return 1;
                }
            }
        }

        await app.InitializeDatabaseAsync();
        await output.WriteLineAsync("Database initialized: migrations applied, roles and seed content present.");
        return 0;
    }
}
