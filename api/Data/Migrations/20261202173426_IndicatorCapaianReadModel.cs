using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorCapaianReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_capaian",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    indicator_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    target_id = table.Column<long>(type: "bigint", nullable: true),
                    realisation_id = table.Column<long>(type: "bigint", nullable: true),
                    reported_id = table.Column<long>(type: "bigint", nullable: true),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: true),
                    category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    scale = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    formula = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    trace = table.Column<string>(type: "text", nullable: false),
                    rule = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    difference = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_capaian", x => new { x.region_id, x.indicator_id, x.year });
                    table.CheckConstraint("ck_indicator_capaian_state", "state IN ('Computed', 'NotReported', 'NotComputable')");
                    table.ForeignKey(
                        name: "fk_indicator_capaian_indicator_figures_region_id_realisation_id",
                        columns: x => new { x.region_id, x.realisation_id },
                        principalTable: "indicator_figures",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_capaian_indicator_figures_region_id_reported_id",
                        columns: x => new { x.region_id, x.reported_id },
                        principalTable: "indicator_figures",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_capaian_indicator_figures_region_id_target_id",
                        columns: x => new { x.region_id, x.target_id },
                        principalTable: "indicator_figures",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_capaian_indicators_region_id_indicator_id",
                        columns: x => new { x.region_id, x.indicator_id },
                        principalTable: "indicators",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_capaian_region_id_realisation_id",
                table: "indicator_capaian",
                columns: new[] { "region_id", "realisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_capaian_region_id_reported_id",
                table: "indicator_capaian",
                columns: new[] { "region_id", "reported_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_capaian_region_id_target_id",
                table: "indicator_capaian",
                columns: new[] { "region_id", "target_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_capaian");
        }
    }
}
