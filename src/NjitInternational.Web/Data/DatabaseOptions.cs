namespace NjitInternational.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the site starts. Null means "provider default": on for the
    /// embedded SQLite file, off for SQL Server (deploy migrations with a script or bundle so
    /// several instances never race).
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Seed the source text's content into an empty database at start.</summary>
    public bool SeedOnStartup { get; set; } = true;

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
