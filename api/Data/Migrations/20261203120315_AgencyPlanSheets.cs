using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgencyPlanSheets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agency_plan_sheets",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    format = table.Column<int>(type: "integer", nullable: false),
                    payload = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_plan_sheets", x => new { x.region_id, x.agency_id, x.year });
                    table.ForeignKey(
                        name: "fk_agency_plan_sheets_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agency_plan_sheets");
        }
    }
}
