using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Data;
using NjitInternational.Web.Features.Media;

namespace NjitInternational.Web.Infrastructure.Backup;

/// <summary>
/// Where the configured site keeps what a backup holds: the SQLite file (as the site resolves it,
/// relative paths against the content root) and the media folder.
/// </summary>
internal sealed record BackupLocations(string DatabaseFile, string MediaRoot)
{
    /// <summary>The locations, or an explanation of why this configuration has nothing to back up here.</summary>
    public static (BackupLocations? Locations, string? Refusal) Resolve(IServiceProvider services)
    {
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        if (provider != DatabaseProvider.Sqlite)
        {
            return (null,
                $"Database:Provider is {provider}: back it up with the server's own tools (see docs/deployment.md, " +
                "\"Backups\"). backup and restore cover the embedded SQLite database.");
        }

        using var scope = services.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString();
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return (null, "ConnectionStrings:Default names no database file.");
        }

        if (services.GetRequiredService<IMediaStorage>() is not LocalDiskMediaStorage media)
        {
            return (null, "The media library is not on local disk: back up its storage with that storage's own tools.");
        }

        return (new BackupLocations(Path.GetFullPath(dataSource), media.Root), null);
    }

    /// <summary>Every media file below the root (half-written uploads excluded), as '/'-separated relative paths.</summary>
    public IReadOnlyList<string> MediaFiles() =>
        Directory.Exists(MediaRoot)
            ? [.. Directory.EnumerateFiles(MediaRoot, "*", SearchOption.AllDirectories)
                .Where(path => !path.EndsWith(".tmp", StringComparison.Ordinal))
                .Select(path => Path.GetRelativePath(MediaRoot, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)]
            : [];
}
