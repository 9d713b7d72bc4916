using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NjitInternational.Web.Data.Sql;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TypeKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublishAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnpublishAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SummaryZh = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    BodyZh = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_TypeKey_RecordId",
                table: "SearchDocuments",
                columns: new[] { "TypeKey", "RecordId" },
                unique: true);

            SearchIndexSql.CreateSqlite(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchIndexSql.DropSqlite(migrationBuilder);

            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
