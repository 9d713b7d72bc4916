using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Seed;
using NjitInternational.Web.Features.Search;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Infrastructure;

/// <summary>Applies migrations (when configured) and seeds the source content at start-up.</summary>
internal sealed partial class DatabaseInitializer(
    AppDbContext db,
    SeedContent seed,
    RoleManager<IdentityRole> roles,
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

        // Roles live in the database like content. A site started with both migration and
        // seeding off (a SQL Server instance behind a deployment step) does not touch the
        // database at start, so a database outage cannot stop it from serving a friendly 503.
        if (settings.ShouldMigrateOnStartup || settings.ShouldSeedOnStartup)
        {
            await EnsureRolesAsync();
        }

        if (settings.ShouldSeedOnStartup)
        {
            var added = await seed.ApplyAsync(cancellationToken);
            LogSeeded(logger, added);
        }

        // A database filled in bulk (generate-demo-data, or one from before the index) gets its
        // search index here: one count per searchable type when it is complete.
        if ((settings.ShouldMigrateOnStartup || settings.ShouldSeedOnStartup)
            && await SearchIndexer.IsIncompleteAsync(db, cancellationToken))
        {
            var rows = await SearchIndexer.RebuildAsync(db, cancellationToken);
            LogSearchIndexRebuilt(logger, rows);
        }

        if (settings.ShouldMigrateOnStartup && db.Database.IsSqlite())
        {
            await RefreshSqliteStatisticsAsync(cancellationToken);
        }
    }

    /// <summary>
    /// SQLite plans without statistics assume every index is selective. The visibility rule's
    /// Status test is not (nearly every partner is published), and without statistics SQLite reads
    /// and sorts every partner for a directory page instead of walking the name index to the 20th
    /// row. A full ANALYZE (40 ms at 10,000 partners): with a sampling limit SQLite misjudged the
    /// Status index as selective and kept sorting every partner.
    /// </summary>
    private async Task RefreshSqliteStatisticsAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
    }

    /// <summary>The staff roles are part of the application, not content: they always exist.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations applied ({Provider})")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {Rows} records")]
    private static partial void LogSearchIndexRebuilt(ILogger logger, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed content applied: {Added} new items")]
    private static partial void LogSeeded(ILogger logger, int added);
}
