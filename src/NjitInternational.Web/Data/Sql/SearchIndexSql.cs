using Microsoft.EntityFrameworkCore.Migrations;

namespace NjitInternational.Web.Data.Sql;

/// <summary>
/// The hand-written SQL of site search's index over <c>SearchDocuments</c>, one method per provider
/// and direction, each called from the SearchIndex migration with one line (so the migration can be
/// regenerated). docs/decisions/009-full-text-search.md says why.
/// </summary>
public static class SearchIndexSql
{
    /// <summary>The FTS5 table's name; its columns, in this order, get the bm25 weights in <see cref="Features.Search.SiteSearchQuery"/>.</summary>
    public const string FtsTable = "SearchIndex";

    private static readonly string[] Columns = ["Title", "TitleZh", "Summary", "SummaryZh", "Body", "BodyZh"];

    /// <summary>
    /// SQLite: an external-content FTS5 table with the trigram tokenizer (SQLite ≥ 3.34; any
    /// substring of three or more characters matches, so Chinese needs no word segmentation),
    /// kept in step with SearchDocuments by triggers, so no code path can forget it.
    /// </summary>
    public static void CreateSqlite(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var columns = string.Join(", ", Columns);
        string Values(string row) => string.Join(", ", Columns.Select(c => $"{row}.{c}"));
        migrationBuilder.Sql($"CREATE VIRTUAL TABLE {FtsTable} USING fts5({columns}, content='SearchDocuments', content_rowid='Id', tokenize='trigram');");
        migrationBuilder.Sql($"""
            CREATE TRIGGER SearchDocuments_AfterInsert AFTER INSERT ON SearchDocuments BEGIN
                INSERT INTO {FtsTable}(rowid, {columns}) VALUES (new.Id, {Values("new")});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER SearchDocuments_AfterDelete AFTER DELETE ON SearchDocuments BEGIN
                INSERT INTO {FtsTable}({FtsTable}, rowid, {columns}) VALUES ('delete', old.Id, {Values("old")});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER SearchDocuments_AfterUpdate AFTER UPDATE ON SearchDocuments BEGIN
                INSERT INTO {FtsTable}({FtsTable}, rowid, {columns}) VALUES ('delete', old.Id, {Values("old")});
                INSERT INTO {FtsTable}(rowid, {columns}) VALUES (new.Id, {Values("new")});
            END;
            """);
    }

    public static void DropSqlite(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_AfterInsert;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_AfterDelete;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS SearchDocuments_AfterUpdate;");
        migrationBuilder.Sql($"DROP TABLE IF EXISTS {FtsTable};");
    }

    /// <summary>
    /// PostgreSQL: pg_trgm GIN indexes on the lower-cased texts, which serve the
    /// <c>lower(column) LIKE '%term%'</c> the query runs there.
    /// </summary>
    public static void CreatePostgreSql(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        foreach (var column in Columns)
        {
            migrationBuilder.Sql($"CREATE INDEX \"IX_SearchDocuments_{column}_Trigram\" ON \"SearchDocuments\" USING gin (lower(\"{column}\") gin_trgm_ops);");
        }
    }

    public static void DropPostgreSql(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var column in Columns)
        {
            migrationBuilder.Sql($"DROP INDEX IF EXISTS \"IX_SearchDocuments_{column}_Trigram\";");
        }
    }

    /// <summary>Rebuilds the FTS5 table from SearchDocuments (after a bulk change that bypassed the triggers).</summary>
    public const string RebuildSqlite = $"INSERT INTO {FtsTable}({FtsTable}) VALUES ('rebuild');";
}
