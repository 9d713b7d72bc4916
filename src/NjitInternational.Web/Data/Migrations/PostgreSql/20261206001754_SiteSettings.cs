using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false),
                    OfficeAddress = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OfficeAddressZh = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OfficeEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    OfficePhone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    OfficeHours = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OfficeHoursZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PartnersFigure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PartnersFigureAsOf = table.Column<DateOnly>(type: "date", nullable: true),
                    CountriesFigure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CountriesFigureAsOf = table.Column<DateOnly>(type: "date", nullable: true),
                    ProfessorsFigure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ProfessorsFigureAsOf = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
