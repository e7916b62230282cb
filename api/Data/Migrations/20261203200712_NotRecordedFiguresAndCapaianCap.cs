using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotRecordedFiguresAndCapaianCap : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_stated_totals_figure_state",
                table: "stated_totals");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_grade_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_pns_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_pppk_part_time_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_pppk_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_counts_count_state",
                table: "staff_counts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_psks_entries_certified_state",
                table: "psks_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_psks_entries_count_state",
                table: "psks_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_ppks_figures_count_state",
                table: "ppks_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_indicator_figures_figure_state",
                table: "indicator_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_budget_figures_amount_state",
                table: "budget_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_asset_figures_figure_state",
                table: "asset_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_aid_figures_figure_state",
                table: "aid_figures");

            migrationBuilder.AddColumn<decimal>(
                name: "cap",
                table: "region_capaian_scales",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_stated_totals_figure_state",
                table: "stated_totals",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_grade_state",
                table: "staff_positions",
                sql: "grade_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_pns_state",
                table: "staff_positions",
                sql: "pns_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_pppk_part_time_state",
                table: "staff_positions",
                sql: "pppk_part_time_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_pppk_state",
                table: "staff_positions",
                sql: "pppk_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_counts_count_state",
                table: "staff_counts",
                sql: "count_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_psks_entries_certified_state",
                table: "psks_entries",
                sql: "certified_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_psks_entries_count_state",
                table: "psks_entries",
                sql: "count_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_ppks_figures_count_state",
                table: "ppks_figures",
                sql: "count_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_indicator_figures_figure_state",
                table: "indicator_figures",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_budget_figures_amount_state",
                table: "budget_figures",
                sql: "amount_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_asset_figures_figure_state",
                table: "asset_figures",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_aid_figures_figure_state",
                table: "aid_figures",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable', 'NotRecorded')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_stated_totals_figure_state",
                table: "stated_totals");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_grade_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_pns_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_pppk_part_time_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_positions_pppk_state",
                table: "staff_positions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_staff_counts_count_state",
                table: "staff_counts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_psks_entries_certified_state",
                table: "psks_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_psks_entries_count_state",
                table: "psks_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_ppks_figures_count_state",
                table: "ppks_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_indicator_figures_figure_state",
                table: "indicator_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_budget_figures_amount_state",
                table: "budget_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_asset_figures_figure_state",
                table: "asset_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_aid_figures_figure_state",
                table: "aid_figures");

            migrationBuilder.DropColumn(
                name: "cap",
                table: "region_capaian_scales");

            migrationBuilder.AddCheckConstraint(
                name: "ck_stated_totals_figure_state",
                table: "stated_totals",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_grade_state",
                table: "staff_positions",
                sql: "grade_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_pns_state",
                table: "staff_positions",
                sql: "pns_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_pppk_part_time_state",
                table: "staff_positions",
                sql: "pppk_part_time_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_positions_pppk_state",
                table: "staff_positions",
                sql: "pppk_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_staff_counts_count_state",
                table: "staff_counts",
                sql: "count_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_psks_entries_certified_state",
                table: "psks_entries",
                sql: "certified_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_psks_entries_count_state",
                table: "psks_entries",
                sql: "count_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_ppks_figures_count_state",
                table: "ppks_figures",
                sql: "count_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_indicator_figures_figure_state",
                table: "indicator_figures",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_budget_figures_amount_state",
                table: "budget_figures",
                sql: "amount_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_asset_figures_figure_state",
                table: "asset_figures",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_aid_figures_figure_state",
                table: "aid_figures",
                sql: "figure_state IN ('Reported', 'NotReported', 'NotComputable')");
        }
    }
}
