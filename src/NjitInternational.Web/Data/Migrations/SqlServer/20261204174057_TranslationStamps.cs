using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TranslationStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ChineseUpdatedAtUtc",
                table: "VisitingProfessors",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnglishUpdatedAtUtc",
                table: "VisitingProfessors",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChineseUpdatedAtUtc",
                table: "Programmes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnglishUpdatedAtUtc",
                table: "Programmes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChineseUpdatedAtUtc",
                table: "Partners",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnglishUpdatedAtUtc",
                table: "Partners",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChineseUpdatedAtUtc",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnglishUpdatedAtUtc",
                table: "Pages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChineseUpdatedAtUtc",
                table: "Countries",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnglishUpdatedAtUtc",
                table: "Countries",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChineseUpdatedAtUtc",
                table: "Conferences",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnglishUpdatedAtUtc",
                table: "Conferences",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChineseUpdatedAtUtc",
                table: "Alliances",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnglishUpdatedAtUtc",
                table: "Alliances",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChineseUpdatedAtUtc",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "EnglishUpdatedAtUtc",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "ChineseUpdatedAtUtc",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "EnglishUpdatedAtUtc",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ChineseUpdatedAtUtc",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "EnglishUpdatedAtUtc",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ChineseUpdatedAtUtc",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "EnglishUpdatedAtUtc",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "ChineseUpdatedAtUtc",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "EnglishUpdatedAtUtc",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "ChineseUpdatedAtUtc",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "EnglishUpdatedAtUtc",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "ChineseUpdatedAtUtc",
                table: "Alliances");

            migrationBuilder.DropColumn(
                name: "EnglishUpdatedAtUtc",
                table: "Alliances");
        }
    }
}
