using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OidcBreakGlass : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BreakGlass",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BreakGlass",
                table: "AspNetUsers");
        }
    }
}
