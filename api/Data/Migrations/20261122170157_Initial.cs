using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    province = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                    table.CheckConstraint("ck_regions_code", "code ~ '^[0-9]{2}(\\.[0-9]{2}){1,3}$'");
                });

            migrationBuilder.CreateTable(
                name: "seed_loads",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    documents = table.Column<int>(type: "integer", nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    checks = table.Column<int>(type: "integer", nullable: false),
                    findings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seed_loads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "agencies",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agencies", x => new { x.region_id, x.id });
                    table.ForeignKey(
                        name: "fk_agencies_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aid_figures",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    kecamatan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    measure = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    source_table_id = table.Column<long>(type: "bigint", nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    figure_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    figure_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    figure_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    figure_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    figure_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aid_figures", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_aid_figures_figure_consistent", "(figure_state = 'Reported' AND (figure_value IS NOT NULL OR figure_grade IS NOT NULL) AND figure_reason IS NULL) OR (figure_state <> 'Reported' AND figure_value IS NULL AND figure_grade IS NULL AND figure_reason IS NOT NULL)");
                    table.CheckConstraint("ck_aid_figures_figure_non_negative", "figure_value >= 0");
                    table.CheckConstraint("ck_aid_figures_figure_state", "figure_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_aid_figures_measure", "measure IN ('Recipients', 'Delivered', 'DeliveredPercent', 'Undelivered', 'UndeliveredPercent', 'Amount')");
                    table.CheckConstraint("ck_aid_figures_stage", "stage IN ('I', 'II', 'I+II')");
                    table.CheckConstraint("ck_aid_figures_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_aid_figures_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_aid_figures_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asset_figures",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    @class = table.Column<string>(name: "class", type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    unit_of_measure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    measure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    figure_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    figure_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    figure_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    figure_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    figure_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asset_figures", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_asset_figures_figure_consistent", "(figure_state = 'Reported' AND (figure_value IS NOT NULL OR figure_grade IS NOT NULL) AND figure_reason IS NULL) OR (figure_state <> 'Reported' AND figure_value IS NULL AND figure_grade IS NULL AND figure_reason IS NOT NULL)");
                    table.CheckConstraint("ck_asset_figures_figure_non_negative", "figure_value >= 0");
                    table.CheckConstraint("ck_asset_figures_figure_state", "figure_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_asset_figures_measure", "measure IN ('Value', 'Quantity')");
                    table.CheckConstraint("ck_asset_figures_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_asset_figures_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asset_figures_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budget_figures",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    plan_node_id = table.Column<long>(type: "bigint", nullable: true),
                    measure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    period_no = table.Column<int>(type: "integer", nullable: false),
                    source_table_id = table.Column<long>(type: "bigint", nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    amount_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    amount_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    amount_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    amount_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_budget_figures", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_budget_figures_amount_consistent", "(amount_state = 'Reported' AND (amount_value IS NOT NULL OR amount_grade IS NOT NULL) AND amount_reason IS NULL) OR (amount_state <> 'Reported' AND amount_value IS NULL AND amount_grade IS NULL AND amount_reason IS NOT NULL)");
                    table.CheckConstraint("ck_budget_figures_amount_non_negative", "amount_value >= 0");
                    table.CheckConstraint("ck_budget_figures_amount_state", "amount_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_budget_figures_measure", "measure IN ('Pagu', 'Planned', 'Realisation')");
                    table.CheckConstraint("ck_budget_figures_period", "(period_kind = 'Year' AND period_no = 0) OR (period_kind = 'Quarter' AND period_no BETWEEN 1 AND 4) OR (period_kind = 'Month' AND period_no BETWEEN 1 AND 12)");
                    table.CheckConstraint("ck_budget_figures_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_budget_figures_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_budget_figures_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    source_file = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    signatory_id = table.Column<long>(type: "bigint", nullable: true),
                    signatory_line = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_documents_kind", "kind IN ('Rak', 'Lkjip', 'Pk', 'Renstra')");
                    table.CheckConstraint("ck_documents_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_documents_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_documents_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "source_tables",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    line_from = table.Column<int>(type: "integer", nullable: false),
                    line_to = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    seed_file = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_tables", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_source_tables_lines", "line_from >= 1 AND line_to >= line_from");
                    table.CheckConstraint("ck_source_tables_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_source_tables_documents_region_id_document_id",
                        columns: x => new { x.region_id, x.document_id },
                        principalTable: "documents",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_source_tables_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "source_rows",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_table_id = table.Column<long>(type: "bigint", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    line_from = table.Column<int>(type: "integer", nullable: false),
                    line_to = table.Column<int>(type: "integer", nullable: false),
                    seed_line = table.Column<int>(type: "integer", nullable: false),
                    is_total = table.Column<bool>(type: "boolean", nullable: false),
                    note = table.Column<string>(type: "text", nullable: true),
                    cells = table.Column<JsonDocument>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_rows", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_source_rows_lines", "line_from >= 1 AND line_to >= line_from");
                    table.CheckConstraint("ck_source_rows_ordinal", "ordinal >= 1");
                    table.ForeignKey(
                        name: "fk_source_rows_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_source_rows_source_tables_region_id_source_table_id",
                        columns: x => new { x.region_id, x.source_table_id },
                        principalTable: "source_tables",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    stated_value = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    stated_text = table.Column<string>(type: "text", nullable: false),
                    stated_source = table.Column<string>(type: "text", nullable: false),
                    stated_source_row_id = table.Column<long>(type: "bigint", nullable: true),
                    compared_value = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true),
                    compared_text = table.Column<string>(type: "text", nullable: false),
                    compared_source = table.Column<string>(type: "text", nullable: false),
                    compared_source_row_id = table.Column<long>(type: "bigint", nullable: true),
                    difference = table.Column<decimal>(type: "numeric(24,6)", precision: 24, scale: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_findings", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_findings_kind", "kind IN ('ChildrenBudgetSum', 'PeriodTargetsVsAnnual', 'TargetAcrossTables', 'BudgetAcrossTables', 'CapaianRecomputed', 'StatedTotal', 'PercentageRecomputed', 'StatisticAcrossTables')");
                    table.ForeignKey(
                        name: "fk_findings_documents_region_id_document_id",
                        columns: x => new { x.region_id, x.document_id },
                        principalTable: "documents",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_findings_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_findings_source_rows_region_id_compared_source_row_id",
                        columns: x => new { x.region_id, x.compared_source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_findings_source_rows_region_id_stated_source_row_id",
                        columns: x => new { x.region_id, x.stated_source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ppks_categories",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    group_no = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    group_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ppks_categories", x => new { x.region_id, x.id });
                    table.ForeignKey(
                        name: "fk_ppks_categories_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ppks_categories_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "psks_entries",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    data_source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    remarks = table.Column<string>(type: "text", nullable: true),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    certified_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    certified_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    certified_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    certified_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    certified_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    count_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    count_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    count_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    count_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    count_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_psks_entries", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_psks_entries_certified_consistent", "(certified_state = 'Reported' AND (certified_value IS NOT NULL OR certified_grade IS NOT NULL) AND certified_reason IS NULL) OR (certified_state <> 'Reported' AND certified_value IS NULL AND certified_grade IS NULL AND certified_reason IS NOT NULL)");
                    table.CheckConstraint("ck_psks_entries_certified_non_negative", "certified_value >= 0");
                    table.CheckConstraint("ck_psks_entries_certified_state", "certified_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_psks_entries_count_consistent", "(count_state = 'Reported' AND (count_value IS NOT NULL OR count_grade IS NOT NULL) AND count_reason IS NULL) OR (count_state <> 'Reported' AND count_value IS NULL AND count_grade IS NULL AND count_reason IS NOT NULL)");
                    table.CheckConstraint("ck_psks_entries_count_non_negative", "count_value >= 0");
                    table.CheckConstraint("ck_psks_entries_count_state", "count_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_psks_entries_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_psks_entries_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_psks_entries_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_psks_entries_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_counts",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    dimension = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    column = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    count_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    count_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    count_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    count_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    count_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_counts", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_staff_counts_count_consistent", "(count_state = 'Reported' AND (count_value IS NOT NULL OR count_grade IS NOT NULL) AND count_reason IS NULL) OR (count_state <> 'Reported' AND count_value IS NULL AND count_grade IS NULL AND count_reason IS NOT NULL)");
                    table.CheckConstraint("ck_staff_counts_count_non_negative", "count_value >= 0");
                    table.CheckConstraint("ck_staff_counts_count_state", "count_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_staff_counts_dimension", "dimension IN ('eselon', 'golongan', 'pendidikan', 'jenis-kelamin', 'status', 'pangkat')");
                    table.CheckConstraint("ck_staff_counts_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_staff_counts_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_counts_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_counts_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stated_totals",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source_table_id = table.Column<long>(type: "bigint", nullable: false),
                    column = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    figure_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    figure_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    figure_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    figure_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    figure_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stated_totals", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_stated_totals_figure_consistent", "(figure_state = 'Reported' AND (figure_value IS NOT NULL OR figure_grade IS NOT NULL) AND figure_reason IS NULL) OR (figure_state <> 'Reported' AND figure_value IS NULL AND figure_grade IS NULL AND figure_reason IS NOT NULL)");
                    table.CheckConstraint("ck_stated_totals_figure_state", "figure_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.ForeignKey(
                        name: "fk_stated_totals_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_stated_totals_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_stated_totals_source_tables_region_id_source_table_id",
                        columns: x => new { x.region_id, x.source_table_id },
                        principalTable: "source_tables",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    parent_id = table.Column<long>(type: "bigint", nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_units_kind", "kind IN ('Pimpinan', 'Sekretariat', 'Subbagian', 'Bidang', 'Seksi', 'Subkoordinator', 'Uptd', 'Fungsional')");
                    table.ForeignKey(
                        name: "fk_units_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_units_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_units_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_units_units_region_id_parent_id",
                        columns: x => new { x.region_id, x.parent_id },
                        principalTable: "units",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ppks_figures",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    category_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    measure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    bidang = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    source_table_id = table.Column<long>(type: "bigint", nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    count_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    count_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    count_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    count_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    count_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ppks_figures", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_ppks_figures_count_consistent", "(count_state = 'Reported' AND (count_value IS NOT NULL OR count_grade IS NOT NULL) AND count_reason IS NULL) OR (count_state <> 'Reported' AND count_value IS NULL AND count_grade IS NULL AND count_reason IS NOT NULL)");
                    table.CheckConstraint("ck_ppks_figures_count_non_negative", "count_value >= 0");
                    table.CheckConstraint("ck_ppks_figures_count_state", "count_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_ppks_figures_measure", "measure IN ('Terdata', 'Tertangani', 'Mandiri')");
                    table.CheckConstraint("ck_ppks_figures_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_ppks_figures_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ppks_figures_ppks_categories_region_id_category_id",
                        columns: x => new { x.region_id, x.category_id },
                        principalTable: "ppks_categories",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ppks_figures_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ppks_figures_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_ppks_figures_source_tables_region_id_source_table_id",
                        columns: x => new { x.region_id, x.source_table_id },
                        principalTable: "source_tables",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "officials",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_id = table.Column<long>(type: "bigint", nullable: true),
                    position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    echelon = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    rank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    nip = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officials", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_officials_echelon", "echelon IN ('I', 'II', 'III', 'IV', 'V')");
                    table.CheckConstraint("ck_officials_nip", "nip ~ '^[0-9 ]{18,24}$'");
                    table.ForeignKey(
                        name: "fk_officials_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_officials_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_officials_units_region_id_unit_id",
                        columns: x => new { x.region_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_nodes",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    goal = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    parent_id = table.Column<long>(type: "bigint", nullable: true),
                    unit_id = table.Column<long>(type: "bigint", nullable: true),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_nodes", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_plan_nodes_level", "level IN ('Misi', 'RpjmdTujuan', 'RpjmdSasaran', 'Tujuan', 'Sasaran', 'Program', 'Kegiatan', 'SubKegiatan')");
                    table.CheckConstraint("ck_plan_nodes_not_own_parent", "parent_id IS NULL OR parent_id <> id");
                    table.ForeignKey(
                        name: "fk_plan_nodes_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_nodes_plan_nodes_region_id_parent_id",
                        columns: x => new { x.region_id, x.parent_id },
                        principalTable: "plan_nodes",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_nodes_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_nodes_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_nodes_units_region_id_unit_id",
                        columns: x => new { x.region_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_positions",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    unit_id = table.Column<long>(type: "bigint", nullable: true),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    grade_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    grade_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    grade_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    grade_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    grade_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    pns_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    pns_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pns_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    pns_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pns_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    pppk_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    pppk_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pppk_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    pppk_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pppk_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    pppk_part_time_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    pppk_part_time_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pppk_part_time_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    pppk_part_time_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    pppk_part_time_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_positions", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_staff_positions_grade_consistent", "(grade_state = 'Reported' AND (grade_value IS NOT NULL OR grade_grade IS NOT NULL) AND grade_reason IS NULL) OR (grade_state <> 'Reported' AND grade_value IS NULL AND grade_grade IS NULL AND grade_reason IS NOT NULL)");
                    table.CheckConstraint("ck_staff_positions_grade_non_negative", "grade_value >= 0");
                    table.CheckConstraint("ck_staff_positions_grade_state", "grade_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_staff_positions_pns_consistent", "(pns_state = 'Reported' AND (pns_value IS NOT NULL OR pns_grade IS NOT NULL) AND pns_reason IS NULL) OR (pns_state <> 'Reported' AND pns_value IS NULL AND pns_grade IS NULL AND pns_reason IS NOT NULL)");
                    table.CheckConstraint("ck_staff_positions_pns_non_negative", "pns_value >= 0");
                    table.CheckConstraint("ck_staff_positions_pns_state", "pns_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_staff_positions_pppk_consistent", "(pppk_state = 'Reported' AND (pppk_value IS NOT NULL OR pppk_grade IS NOT NULL) AND pppk_reason IS NULL) OR (pppk_state <> 'Reported' AND pppk_value IS NULL AND pppk_grade IS NULL AND pppk_reason IS NOT NULL)");
                    table.CheckConstraint("ck_staff_positions_pppk_non_negative", "pppk_value >= 0");
                    table.CheckConstraint("ck_staff_positions_pppk_part_time_consistent", "(pppk_part_time_state = 'Reported' AND (pppk_part_time_value IS NOT NULL OR pppk_part_time_grade IS NOT NULL) AND pppk_part_time_reason IS NULL) OR (pppk_part_time_state <> 'Reported' AND pppk_part_time_value IS NULL AND pppk_part_time_grade IS NULL AND pppk_part_time_reason IS NOT NULL)");
                    table.CheckConstraint("ck_staff_positions_pppk_part_time_non_negative", "pppk_part_time_value >= 0");
                    table.CheckConstraint("ck_staff_positions_pppk_part_time_state", "pppk_part_time_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_staff_positions_pppk_state", "pppk_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_staff_positions_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_staff_positions_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_positions_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_positions_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_positions_units_region_id_unit_id",
                        columns: x => new { x.region_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    agency_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    plan_node_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    polarity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    aggregation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    definition = table.Column<string>(type: "text", nullable: true),
                    formula = table.Column<string>(type: "text", nullable: true),
                    responsible_unit_id = table.Column<long>(type: "bigint", nullable: true),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_indicators_aggregation", "aggregation IN ('Sum', 'Last', 'Average')");
                    table.CheckConstraint("ck_indicators_kind", "kind IN ('Iku', 'Ikk', 'Rpjmd', 'Tujuan', 'Sasaran', 'Program', 'Kegiatan', 'SubKegiatan')");
                    table.CheckConstraint("ck_indicators_polarity", "polarity IN ('HigherIsBetter', 'LowerIsBetter')");
                    table.ForeignKey(
                        name: "fk_indicators_agencies_region_id_agency_id",
                        columns: x => new { x.region_id, x.agency_id },
                        principalTable: "agencies",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicators_plan_nodes_region_id_plan_node_id",
                        columns: x => new { x.region_id, x.plan_node_id },
                        principalTable: "plan_nodes",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicators_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicators_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicators_units_region_id_responsible_unit_id",
                        columns: x => new { x.region_id, x.responsible_unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicator_figures",
                columns: table => new
                {
                    region_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<long>(type: "bigint", nullable: false),
                    measure = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period_kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    period_no = table.Column<int>(type: "integer", nullable: false),
                    source_table_id = table.Column<long>(type: "bigint", nullable: false),
                    source_row_id = table.Column<long>(type: "bigint", nullable: false),
                    figure_grade = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    figure_published = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    figure_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    figure_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    figure_value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_figures", x => new { x.region_id, x.id });
                    table.CheckConstraint("ck_indicator_figures_figure_consistent", "(figure_state = 'Reported' AND (figure_value IS NOT NULL OR figure_grade IS NOT NULL) AND figure_reason IS NULL) OR (figure_state <> 'Reported' AND figure_value IS NULL AND figure_grade IS NULL AND figure_reason IS NOT NULL)");
                    table.CheckConstraint("ck_indicator_figures_figure_state", "figure_state IN ('Reported', 'NotReported', 'NotComputable')");
                    table.CheckConstraint("ck_indicator_figures_measure", "measure IN ('Target', 'Realisation', 'Capaian', 'Baseline', 'EndTarget')");
                    table.CheckConstraint("ck_indicator_figures_period", "(period_kind = 'Year' AND period_no = 0) OR (period_kind = 'Quarter' AND period_no BETWEEN 1 AND 4) OR (period_kind = 'Month' AND period_no BETWEEN 1 AND 12)");
                    table.CheckConstraint("ck_indicator_figures_year", "year BETWEEN 2000 AND 2100");
                    table.ForeignKey(
                        name: "fk_indicator_figures_indicators_region_id_indicator_id",
                        columns: x => new { x.region_id, x.indicator_id },
                        principalTable: "indicators",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_figures_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_figures_source_rows_region_id_source_row_id",
                        columns: x => new { x.region_id, x.source_row_id },
                        principalTable: "source_rows",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_figures_source_tables_region_id_source_table_id",
                        columns: x => new { x.region_id, x.source_table_id },
                        principalTable: "source_tables",
                        principalColumns: new[] { "region_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agencies_region_id_key",
                table: "agencies",
                columns: new[] { "region_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_aid_figures_region_id_agency_id",
                table: "aid_figures",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_aid_figures_region_id_source_row_id_measure",
                table: "aid_figures",
                columns: new[] { "region_id", "source_row_id", "measure" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_aid_figures_region_id_source_table_id",
                table: "aid_figures",
                columns: new[] { "region_id", "source_table_id" });

            migrationBuilder.CreateIndex(
                name: "ix_asset_figures_region_id_agency_id",
                table: "asset_figures",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_asset_figures_region_id_source_row_id_measure",
                table: "asset_figures",
                columns: new[] { "region_id", "source_row_id", "measure" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budget_figures_region_id_agency_id",
                table: "budget_figures",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_budget_figures_region_id_plan_node_id_measure_year_period_k",
                table: "budget_figures",
                columns: new[] { "region_id", "plan_node_id", "measure", "year", "period_kind", "period_no", "source_row_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_budget_figures_region_id_source_row_id",
                table: "budget_figures",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_budget_figures_region_id_source_table_id",
                table: "budget_figures",
                columns: new[] { "region_id", "source_table_id" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_region_id_agency_id_kind_year",
                table: "documents",
                columns: new[] { "region_id", "agency_id", "kind", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_region_id_key",
                table: "documents",
                columns: new[] { "region_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_region_id_signatory_id",
                table: "documents",
                columns: new[] { "region_id", "signatory_id" });

            migrationBuilder.CreateIndex(
                name: "ix_findings_region_id_compared_source_row_id",
                table: "findings",
                columns: new[] { "region_id", "compared_source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_findings_region_id_document_id_kind",
                table: "findings",
                columns: new[] { "region_id", "document_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_findings_region_id_stated_source_row_id",
                table: "findings",
                columns: new[] { "region_id", "stated_source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_figures_region_id_indicator_id_measure_year_perio",
                table: "indicator_figures",
                columns: new[] { "region_id", "indicator_id", "measure", "year", "period_kind", "period_no", "source_table_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_figures_region_id_source_row_id",
                table: "indicator_figures",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_figures_region_id_source_table_id",
                table: "indicator_figures",
                columns: new[] { "region_id", "source_table_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicators_region_id_agency_id_key",
                table: "indicators",
                columns: new[] { "region_id", "agency_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicators_region_id_plan_node_id",
                table: "indicators",
                columns: new[] { "region_id", "plan_node_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicators_region_id_responsible_unit_id",
                table: "indicators",
                columns: new[] { "region_id", "responsible_unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicators_region_id_source_row_id",
                table: "indicators",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_officials_region_id_agency_id",
                table: "officials",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_officials_region_id_unit_id",
                table: "officials",
                columns: new[] { "region_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_nodes_region_id_agency_id_key",
                table: "plan_nodes",
                columns: new[] { "region_id", "agency_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_nodes_region_id_parent_id",
                table: "plan_nodes",
                columns: new[] { "region_id", "parent_id" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_nodes_region_id_source_row_id",
                table: "plan_nodes",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_nodes_region_id_unit_id",
                table: "plan_nodes",
                columns: new[] { "region_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ppks_categories_region_id_key",
                table: "ppks_categories",
                columns: new[] { "region_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ppks_categories_region_id_source_row_id",
                table: "ppks_categories",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ppks_figures_region_id_agency_id",
                table: "ppks_figures",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ppks_figures_region_id_category_id_year_measure_source_tabl",
                table: "ppks_figures",
                columns: new[] { "region_id", "category_id", "year", "measure", "source_table_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ppks_figures_region_id_source_row_id",
                table: "ppks_figures",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_ppks_figures_region_id_source_table_id",
                table: "ppks_figures",
                columns: new[] { "region_id", "source_table_id" });

            migrationBuilder.CreateIndex(
                name: "ix_psks_entries_region_id_agency_id",
                table: "psks_entries",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_psks_entries_region_id_source_row_id",
                table: "psks_entries",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_regions_code",
                table: "regions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_rows_region_id_source_table_id_ordinal",
                table: "source_rows",
                columns: new[] { "region_id", "source_table_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_tables_region_id_document_id_key",
                table: "source_tables",
                columns: new[] { "region_id", "document_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_counts_region_id_agency_id",
                table: "staff_counts",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_counts_region_id_source_row_id_column",
                table: "staff_counts",
                columns: new[] { "region_id", "source_row_id", "column" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_positions_region_id_agency_id",
                table: "staff_positions",
                columns: new[] { "region_id", "agency_id" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_positions_region_id_source_row_id",
                table: "staff_positions",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_positions_region_id_unit_id",
                table: "staff_positions",
                columns: new[] { "region_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_stated_totals_region_id_source_row_id_column",
                table: "stated_totals",
                columns: new[] { "region_id", "source_row_id", "column" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stated_totals_region_id_source_table_id",
                table: "stated_totals",
                columns: new[] { "region_id", "source_table_id" });

            migrationBuilder.CreateIndex(
                name: "ix_units_region_id_agency_id_key",
                table: "units",
                columns: new[] { "region_id", "agency_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_region_id_parent_id",
                table: "units",
                columns: new[] { "region_id", "parent_id" });

            migrationBuilder.CreateIndex(
                name: "ix_units_region_id_source_row_id",
                table: "units",
                columns: new[] { "region_id", "source_row_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_aid_figures_source_rows_region_id_source_row_id",
                table: "aid_figures",
                columns: new[] { "region_id", "source_row_id" },
                principalTable: "source_rows",
                principalColumns: new[] { "region_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_aid_figures_source_tables_region_id_source_table_id",
                table: "aid_figures",
                columns: new[] { "region_id", "source_table_id" },
                principalTable: "source_tables",
                principalColumns: new[] { "region_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_asset_figures_source_rows_region_id_source_row_id",
                table: "asset_figures",
                columns: new[] { "region_id", "source_row_id" },
                principalTable: "source_rows",
                principalColumns: new[] { "region_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_budget_figures_plan_nodes_region_id_plan_node_id",
                table: "budget_figures",
                columns: new[] { "region_id", "plan_node_id" },
                principalTable: "plan_nodes",
                principalColumns: new[] { "region_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_budget_figures_source_rows_region_id_source_row_id",
                table: "budget_figures",
                columns: new[] { "region_id", "source_row_id" },
                principalTable: "source_rows",
                principalColumns: new[] { "region_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_budget_figures_source_tables_region_id_source_table_id",
                table: "budget_figures",
                columns: new[] { "region_id", "source_table_id" },
                principalTable: "source_tables",
                principalColumns: new[] { "region_id", "id" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_documents_officials_region_id_signatory_id",
                table: "documents",
                columns: new[] { "region_id", "signatory_id" },
                principalTable: "officials",
                principalColumns: new[] { "region_id", "id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_agencies_regions_region_id",
                table: "agencies");

            migrationBuilder.DropForeignKey(
                name: "fk_documents_regions_region_id",
                table: "documents");

            migrationBuilder.DropForeignKey(
                name: "fk_officials_regions_region_id",
                table: "officials");

            migrationBuilder.DropForeignKey(
                name: "fk_source_rows_regions_region_id",
                table: "source_rows");

            migrationBuilder.DropForeignKey(
                name: "fk_source_tables_regions_region_id",
                table: "source_tables");

            migrationBuilder.DropForeignKey(
                name: "fk_units_regions_region_id",
                table: "units");

            migrationBuilder.DropForeignKey(
                name: "fk_documents_agencies_region_id_agency_id",
                table: "documents");

            migrationBuilder.DropForeignKey(
                name: "fk_officials_agencies_region_id_agency_id",
                table: "officials");

            migrationBuilder.DropForeignKey(
                name: "fk_units_agencies_region_id_agency_id",
                table: "units");

            migrationBuilder.DropForeignKey(
                name: "fk_units_source_rows_region_id_source_row_id",
                table: "units");

            migrationBuilder.DropTable(
                name: "aid_figures");

            migrationBuilder.DropTable(
                name: "asset_figures");

            migrationBuilder.DropTable(
                name: "budget_figures");

            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "indicator_figures");

            migrationBuilder.DropTable(
                name: "ppks_figures");

            migrationBuilder.DropTable(
                name: "psks_entries");

            migrationBuilder.DropTable(
                name: "seed_loads");

            migrationBuilder.DropTable(
                name: "staff_counts");

            migrationBuilder.DropTable(
                name: "staff_positions");

            migrationBuilder.DropTable(
                name: "stated_totals");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "ppks_categories");

            migrationBuilder.DropTable(
                name: "plan_nodes");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "agencies");

            migrationBuilder.DropTable(
                name: "source_rows");

            migrationBuilder.DropTable(
                name: "source_tables");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "officials");

            migrationBuilder.DropTable(
                name: "units");
        }
    }
}
