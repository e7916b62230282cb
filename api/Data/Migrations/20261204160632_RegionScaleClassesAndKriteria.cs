using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegionScaleClassesAndKriteria : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_region_capaian_scales_order",
                table: "region_capaian_scales");

            migrationBuilder.DropCheckConstraint(
                name: "ck_findings_kind",
                table: "findings");

            // Existing scales become their five classes, so a database migrates without a reload.
            migrationBuilder.AddColumn<string>(
                name: "classes",
                table: "region_capaian_scales",
                type: "jsonb",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE region_capaian_scales SET classes = jsonb_build_array(
                    jsonb_build_object('label', 'Sangat Tinggi', 'from', sangat_tinggi_from, 'above', false),
                    jsonb_build_object('label', 'Tinggi', 'from', tinggi_from, 'above', false),
                    jsonb_build_object('label', 'Sedang', 'from', sedang_from, 'above', false),
                    jsonb_build_object('label', 'Rendah', 'from', rendah_from, 'above', false),
                    jsonb_build_object('label', 'Sangat Rendah', 'from', null, 'above', false));
                """);

            migrationBuilder.AlterColumn<string>(
                name: "classes",
                table: "region_capaian_scales",
                type: "jsonb",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb",
                oldNullable: true);

            migrationBuilder.DropColumn(
                name: "rendah_from",
                table: "region_capaian_scales");

            migrationBuilder.DropColumn(
                name: "sangat_tinggi_from",
                table: "region_capaian_scales");

            migrationBuilder.DropColumn(
                name: "sedang_from",
                table: "region_capaian_scales");

            migrationBuilder.DropColumn(
                name: "tinggi_from",
                table: "region_capaian_scales");

            migrationBuilder.AddColumn<string>(
                name: "kriteria",
                table: "indicator_capaian",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "published_kriteria",
                table: "indicator_capaian",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_region_capaian_scales_classes",
                table: "region_capaian_scales",
                sql: "jsonb_typeof(classes) = 'array' AND jsonb_array_length(classes) >= 2");

            migrationBuilder.AddCheckConstraint(
                name: "ck_findings_kind",
                table: "findings",
                sql: "kind IN ('ChildrenBudgetSum', 'PeriodTargetsVsAnnual', 'TargetAcrossTables', 'BudgetAcrossTables', 'CapaianRecomputed', 'StatedTotal', 'PercentageRecomputed', 'StatisticAcrossTables', 'NarrativeVsTables', 'KriteriaRecomputed')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_region_capaian_scales_classes",
                table: "region_capaian_scales");

            migrationBuilder.DropCheckConstraint(
                name: "ck_findings_kind",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "classes",
                table: "region_capaian_scales");

            migrationBuilder.DropColumn(
                name: "kriteria",
                table: "indicator_capaian");

            migrationBuilder.DropColumn(
                name: "published_kriteria",
                table: "indicator_capaian");

            migrationBuilder.AddColumn<decimal>(
                name: "rendah_from",
                table: "region_capaian_scales",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "sangat_tinggi_from",
                table: "region_capaian_scales",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "sedang_from",
                table: "region_capaian_scales",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "tinggi_from",
                table: "region_capaian_scales",
                type: "numeric(7,2)",
                precision: 7,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddCheckConstraint(
                name: "ck_region_capaian_scales_order",
                table: "region_capaian_scales",
                sql: "sangat_tinggi_from > tinggi_from AND tinggi_from > sedang_from AND sedang_from > rendah_from AND rendah_from > 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_findings_kind",
                table: "findings",
                sql: "kind IN ('ChildrenBudgetSum', 'PeriodTargetsVsAnnual', 'TargetAcrossTables', 'BudgetAcrossTables', 'CapaianRecomputed', 'StatedTotal', 'PercentageRecomputed', 'StatisticAcrossTables', 'NarrativeVsTables')");
        }
    }
}
