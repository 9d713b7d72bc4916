using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using NjitInternational.Web.Data;

namespace NjitInternational.IntegrationTests;

/// <summary>Each provider keeps its own migrations; all must match the one model.</summary>
public class MigrationTests
{
    private static SqlServerAppDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=unused;Database=unused;TrustServerCertificate=true")
            .Options);

    private static PostgreSqlAppDbContext PostgreSqlContext() =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>()
            .UseNpgsql("Host=unused;Database=unused")
            .Options);

    private static SqliteAppDbContext SqliteContext() =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=:memory:")
            .Options);

    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = SqliteContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite");
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = SqlServerContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqlServerAppDbContext --output-dir Data/Migrations/SqlServer");
    }

    [Fact]
    public void PostgreSqlMigrations_MatchTheModel()
    {
        using var db = PostgreSqlContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgreSqlAppDbContext --output-dir Data/Migrations/PostgreSql");
    }

    [Fact]
    public void AllThreeProviders_EndOnTheSameMigration()
    {
        // PostgreSQL starts from a baseline of the model (docs/decisions/007), so only the latest
        // names are compared; from the baseline on, every set gets the same migrations.
        using var sqlite = SqliteContext();
        using var sqlServer = SqlServerContext();
        using var postgreSql = PostgreSqlContext();

        var latest = Name(sqlite.Database.GetMigrations().Last());

        Assert.Equal(latest, Name(sqlServer.Database.GetMigrations().Last()));
        Assert.Equal(latest, Name(postgreSql.Database.GetMigrations().Last()));
    }

    [Fact]
    public void SqliteAndSqlServer_HaveTheSameMigrations()
    {
        using var sqlite = SqliteContext();
        using var sqlServer = SqlServerContext();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(Name);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    private static string Name(string migrationId) => migrationId[(migrationId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    [Fact]
    public void SqlServerIdempotentScript_ParsesWithoutErrors()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var statements = ((TSqlScript)fragment).Batches.Sum(b => b.Statements.Count);
        Assert.True(statements > 20, $"expected a real schema script, got {statements} statements");
        Assert.Contains("CREATE TABLE [Partners]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }
}
