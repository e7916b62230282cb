using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceTablesByKindAndYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_source_tables_region_id_kind_year",
                table: "source_tables",
                columns: new[] { "region_id", "kind", "year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_source_tables_region_id_kind_year",
                table: "source_tables");
        }
    }
}
