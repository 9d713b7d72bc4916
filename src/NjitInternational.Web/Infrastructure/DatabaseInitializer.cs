using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Seed;

namespace NjitInternational.Web.Infrastructure;

/// <summary>Applies migrations (when configured) and seeds the source content at start-up.</summary>
internal sealed partial class DatabaseInitializer(
    AppDbContext db,
    SeedContent seed,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.ShouldMigrateOnStartup)
        {
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(logger, settings.Provider);
        }

        if (settings.SeedOnStartup)
        {
            var added = await seed.ApplyAsync(cancellationToken);
            LogSeeded(logger, added);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations applied ({Provider})")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed content applied: {Added} new items")]
    private static partial void LogSeeded(ILogger logger, int added);
}
