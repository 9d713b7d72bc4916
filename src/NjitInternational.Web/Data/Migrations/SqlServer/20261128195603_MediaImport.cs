using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MediaImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PhotoMediaId",
                table: "VisitingProfessors",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LogoMediaId",
                table: "Partners",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImageMediaId",
                table: "Pages",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OriginalFileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    IsDecorative = table.Column<bool>(type: "bit", nullable: false),
                    SourceFormat = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Width = table.Column<int>(type: "int", nullable: false),
                    Height = table.Column<int>(type: "int", nullable: false),
                    VariantWidths = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UploadedBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaItems", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitingProfessors_PhotoMediaId",
                table: "VisitingProfessors",
                column: "PhotoMediaId");

            migrationBuilder.CreateIndex(
                name: "IX_Partners_LogoMediaId",
                table: "Partners",
                column: "LogoMediaId");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_ImageMediaId",
                table: "Pages",
                column: "ImageMediaId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_Key",
                table: "MediaItems",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaItems_UploadedAtUtc",
                table: "MediaItems",
                column: "UploadedAtUtc");

            migrationBuilder.AddForeignKey(
                name: "FK_Pages_MediaItems_ImageMediaId",
                table: "Pages",
                column: "ImageMediaId",
                principalTable: "MediaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Partners_MediaItems_LogoMediaId",
                table: "Partners",
                column: "LogoMediaId",
                principalTable: "MediaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_VisitingProfessors_MediaItems_PhotoMediaId",
                table: "VisitingProfessors",
                column: "PhotoMediaId",
                principalTable: "MediaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Pages_MediaItems_ImageMediaId",
                table: "Pages");

            migrationBuilder.DropForeignKey(
                name: "FK_Partners_MediaItems_LogoMediaId",
                table: "Partners");

            migrationBuilder.DropForeignKey(
                name: "FK_VisitingProfessors_MediaItems_PhotoMediaId",
                table: "VisitingProfessors");

            migrationBuilder.DropTable(
                name: "MediaItems");

            migrationBuilder.DropIndex(
                name: "IX_VisitingProfessors_PhotoMediaId",
                table: "VisitingProfessors");

            migrationBuilder.DropIndex(
                name: "IX_Partners_LogoMediaId",
                table: "Partners");

            migrationBuilder.DropIndex(
                name: "IX_Pages_ImageMediaId",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "PhotoMediaId",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "LogoMediaId",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ImageMediaId",
                table: "Pages");
        }
    }
}
