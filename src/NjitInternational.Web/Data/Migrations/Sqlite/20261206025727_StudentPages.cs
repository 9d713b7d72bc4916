using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StudentPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Programmes",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Programmes",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactNameZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactRole",
                table: "Programmes",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactRoleZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CostsAndScholarships",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CostsAndScholarshipsZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Eligibility",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EligibilityZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LanguageRequirements",
                table: "Programmes",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LanguageRequirementsZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Places",
                table: "Programmes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlacesZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SiteSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OfficeAddressZh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OfficeEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    OfficePhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OfficeHours = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OfficeHoursZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PartnersFigure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PartnersFigureAsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CountriesFigure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CountriesFigureAsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProfessorsFigure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProfessorsFigureAsOf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteSettings", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SiteSettings");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ContactName",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ContactNameZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ContactRole",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "ContactRoleZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "CostsAndScholarships",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "CostsAndScholarshipsZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "Eligibility",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "EligibilityZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "LanguageRequirements",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "LanguageRequirementsZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "Places",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "PlacesZh",
                table: "Programmes");
        }
    }
}
