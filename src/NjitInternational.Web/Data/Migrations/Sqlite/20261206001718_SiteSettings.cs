using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SiteSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
