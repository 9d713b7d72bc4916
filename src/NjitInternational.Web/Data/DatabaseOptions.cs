namespace NjitInternational.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the site starts. Null means "provider default": on for the
    /// embedded SQLite file, off for the server databases (SQL Server, PostgreSQL: deploy migrations with a script or bundle so
    /// several instances never race).
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>
    /// Add the source text's content (and the staff roles) at start. Null means "provider default",
    /// as for migrations: on for SQLite, off for the server databases, where the deployment step runs the
    /// <c>initialize-database</c> command once instead of every instance writing at start.
    /// </summary>
    public bool? SeedOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;

    public bool ShouldSeedOnStartup => SeedOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
