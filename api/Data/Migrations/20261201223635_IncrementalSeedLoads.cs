using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class IncrementalSeedLoads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "documents_loaded",
                table: "seed_loads",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "documents_removed",
                table: "seed_loads",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "loader",
                table: "seed_loads",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "checks",
                table: "documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "content_hash",
                table: "documents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "rows",
                table: "documents",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "seed_stamp",
                table: "documents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "documents_loaded",
                table: "seed_loads");

            migrationBuilder.DropColumn(
                name: "documents_removed",
                table: "seed_loads");

            migrationBuilder.DropColumn(
                name: "loader",
                table: "seed_loads");

            migrationBuilder.DropColumn(
                name: "checks",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "content_hash",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "rows",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "seed_stamp",
                table: "documents");
        }
    }
}
