using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Scheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "VisitingProfessors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "VisitingProfessors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "VisitingProfessors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "Programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "Partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "Partners",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Countries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "Countries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "Countries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "Conferences",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "Alliances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewBy",
                table: "Alliances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "Alliances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitingProfessors_PublishAtUtc",
                table: "VisitingProfessors",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_VisitingProfessors_UnpublishAtUtc",
                table: "VisitingProfessors",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_PublishAtUtc",
                table: "Programmes",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_UnpublishAtUtc",
                table: "Programmes",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_PublishAtUtc",
                table: "Partners",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_UnpublishAtUtc",
                table: "Partners",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_PublishAtUtc",
                table: "Pages",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_UnpublishAtUtc",
                table: "Pages",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Countries_PublishAtUtc",
                table: "Countries",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Countries_UnpublishAtUtc",
                table: "Countries",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_PublishAtUtc",
                table: "Conferences",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Conferences_UnpublishAtUtc",
                table: "Conferences",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Alliances_PublishAtUtc",
                table: "Alliances",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Alliances_UnpublishAtUtc",
                table: "Alliances",
                column: "UnpublishAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropIndex(
                name: "IX_VisitingProfessors_PublishAtUtc",
                table: "VisitingProfessors");

            migrationBuilder.DropIndex(
                name: "IX_VisitingProfessors_UnpublishAtUtc",
                table: "VisitingProfessors");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_PublishAtUtc",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_Programmes_UnpublishAtUtc",
                table: "Programmes");

            migrationBuilder.DropIndex(
                name: "IX_Partners_PublishAtUtc",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Partners_UnpublishAtUtc",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Pages_PublishAtUtc",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Pages_UnpublishAtUtc",
                table: "Pages");

            migrationBuilder.DropIndex(
                name: "IX_Countries_PublishAtUtc",
                table: "Countries");

            migrationBuilder.DropIndex(
                name: "IX_Countries_UnpublishAtUtc",
                table: "Countries");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_PublishAtUtc",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Conferences_UnpublishAtUtc",
                table: "Conferences");

            migrationBuilder.DropIndex(
                name: "IX_Alliances_PublishAtUtc",
                table: "Alliances");

            migrationBuilder.DropIndex(
                name: "IX_Alliances_UnpublishAtUtc",
                table: "Alliances");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "Alliances");

            migrationBuilder.DropColumn(
                name: "ReviewBy",
                table: "Alliances");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "Alliances");
        }
    }
}
