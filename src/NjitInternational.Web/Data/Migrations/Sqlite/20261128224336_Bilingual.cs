using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NjitInternational.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Bilingual : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BiographyZh",
                table: "VisitingProfessors",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FieldZh",
                table: "VisitingProfessors",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomeInstitutionZh",
                table: "VisitingProfessors",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HonoursZh",
                table: "VisitingProfessors",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "VisitingProfessors",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleZh",
                table: "VisitingProfessors",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DegreesAwardedZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisciplineZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DurationZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HowToApplyZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LanguageOfInstructionZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleZh",
                table: "Programmes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyZh",
                table: "Partners",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CityZh",
                table: "Partners",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Partners",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShortNameZh",
                table: "Partners",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Partners",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyZh",
                table: "Pages",
                type: "TEXT",
                maxLength: 50000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryZh",
                table: "Pages",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleZh",
                table: "Pages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Countries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionZh",
                table: "Conferences",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleZh",
                table: "Conferences",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TopicZh",
                table: "Conferences",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VenueZh",
                table: "Conferences",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionZh",
                table: "Alliances",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameZh",
                table: "Alliances",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BiographyZh",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "FieldZh",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "HomeInstitutionZh",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "HonoursZh",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "TitleZh",
                table: "VisitingProfessors");

            migrationBuilder.DropColumn(
                name: "DegreesAwardedZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "DescriptionZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "DisciplineZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "DurationZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "HowToApplyZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "LanguageOfInstructionZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "SummaryZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "TitleZh",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "BodyZh",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "CityZh",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "ShortNameZh",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "SummaryZh",
                table: "Partners");

            migrationBuilder.DropColumn(
                name: "BodyZh",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "SummaryZh",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "TitleZh",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Countries");

            migrationBuilder.DropColumn(
                name: "DescriptionZh",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "TitleZh",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "TopicZh",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "VenueZh",
                table: "Conferences");

            migrationBuilder.DropColumn(
                name: "DescriptionZh",
                table: "Alliances");

            migrationBuilder.DropColumn(
                name: "NameZh",
                table: "Alliances");
        }
    }
}
