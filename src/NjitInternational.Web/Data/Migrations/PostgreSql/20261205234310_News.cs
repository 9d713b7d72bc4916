using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class News : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NewsItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TitleZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SummaryZh = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    BodyZh = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ImageMediaId = table.Column<int>(type: "integer", nullable: true),
                    FeedEntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UnpublishAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewBy = table.Column<DateOnly>(type: "date", nullable: true),
                    EnglishUpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ChineseUpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsItems_MediaItems_ImageMediaId",
                        column: x => x.ImageMediaId,
                        principalTable: "MediaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NewsPartners",
                columns: table => new
                {
                    NewsItemId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPartners", x => new { x.NewsItemId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_NewsPartners_NewsItems_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "NewsItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NewsPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NewsProgrammes",
                columns: table => new
                {
                    NewsItemId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsProgrammes", x => new { x.NewsItemId, x.ProgrammeId });
                    table.ForeignKey(
                        name: "FK_NewsProgrammes_NewsItems_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "NewsItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NewsProgrammes_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_FeedEntryId",
                table: "NewsItems",
                column: "FeedEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_ImageMediaId",
                table: "NewsItems",
                column: "ImageMediaId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_PublishAtUtc",
                table: "NewsItems",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_PublishedOn",
                table: "NewsItems",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_Slug",
                table: "NewsItems",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_Status",
                table: "NewsItems",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_UnpublishAtUtc",
                table: "NewsItems",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPartners_PartnerId",
                table: "NewsPartners",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsProgrammes_ProgrammeId",
                table: "NewsProgrammes",
                column: "ProgrammeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NewsPartners");

            migrationBuilder.DropTable(
                name: "NewsProgrammes");

            migrationBuilder.DropTable(
                name: "NewsItems");
        }
    }
}
