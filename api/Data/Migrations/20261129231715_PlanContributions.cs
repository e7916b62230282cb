using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanContributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contributions",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plan_node_id = table.Column<long>(type: "bigint", nullable: false),
                    indicator_id = table.Column<long>(type: "bigint", nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contributions", x => new { x.region_id, x.id });
                    table.ForeignKey(
                        name: "fk_contributions_indicators_region_id_indicator_id",
                        columns: x => new { x.region_id, x.indicator_id },
                        principalTable: "indicators",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contributions_plan_nodes_region_id_plan_node_id",
                        columns: x => new { x.region_id, x.plan_node_id },
                        principalTable: "plan_nodes",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contributions_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contributions_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contributions_region_id_indicator_id",
                table: "contributions",
                columns: new[] { "region_id", "indicator_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contributions_region_id_plan_node_id_indicator_id",
                table: "contributions",
                columns: new[] { "region_id", "plan_node_id", "indicator_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contributions_region_id_source_row_id",
                table: "contributions",
                columns: new[] { "region_id", "source_row_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contributions");
        }
    }
}
