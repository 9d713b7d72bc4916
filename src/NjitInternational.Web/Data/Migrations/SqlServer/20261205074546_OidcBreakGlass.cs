using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.SqlServer
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
                type: "bit",
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
