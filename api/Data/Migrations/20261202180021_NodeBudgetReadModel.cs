using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class NodeBudgetReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "node_budgets",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    plan_node_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    pagu_id = table.Column<long>(type: "bigint", nullable: true),
                    realisation_id = table.Column<long>(type: "bigint", nullable: true),
                    rolled_up_pagu = table.Column<decimal>(type: "numeric", nullable: true),
                    rolled_up_realisation = table.Column<decimal>(type: "numeric", nullable: true),
                    children_pagu = table.Column<decimal>(type: "numeric", nullable: true),
                    children_realisation = table.Column<decimal>(type: "numeric", nullable: true),
                    absorption_value = table.Column<decimal>(type: "numeric", nullable: true),
                    absorption_formula = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    absorption_trace = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_node_budgets", x => new { x.region_id, x.plan_node_id, x.year });
                    table.ForeignKey(
                        name: "fk_node_budgets_budget_figures_region_id_pagu_id",
                        columns: x => new { x.region_id, x.pagu_id },
                        principalTable: "budget_figures",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_node_budgets_budget_figures_region_id_realisation_id",
                        columns: x => new { x.region_id, x.realisation_id },
                        principalTable: "budget_figures",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_node_budgets_plan_nodes_region_id_plan_node_id",
                        columns: x => new { x.region_id, x.plan_node_id },
                        principalTable: "plan_nodes",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_node_budgets_region_id_agency_id_year",
                table: "node_budgets",
                columns: new[] { "region_id", "agency_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_node_budgets_region_id_pagu_id",
                table: "node_budgets",
                columns: new[] { "region_id", "pagu_id" });

            migrationBuilder.CreateIndex(
                name: "ix_node_budgets_region_id_realisation_id",
                table: "node_budgets",
                columns: new[] { "region_id", "realisation_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "node_budgets");
        }
    }
}
