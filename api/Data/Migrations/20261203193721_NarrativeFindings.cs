using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class NarrativeFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_findings_kind",
                table: "findings");

            migrationBuilder.AddCheckConstraint(
                name: "ck_findings_kind",
                table: "findings",
                sql: "kind IN ('ChildrenBudgetSum', 'PeriodTargetsVsAnnual', 'TargetAcrossTables', 'BudgetAcrossTables', 'CapaianRecomputed', 'StatedTotal', 'PercentageRecomputed', 'StatisticAcrossTables', 'NarrativeVsTables')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_findings_kind",
                table: "findings");

            migrationBuilder.AddCheckConstraint(
                name: "ck_findings_kind",
                table: "findings",
                sql: "kind IN ('ChildrenBudgetSum', 'PeriodTargetsVsAnnual', 'TargetAcrossTables', 'BudgetAcrossTables', 'CapaianRecomputed', 'StatedTotal', 'PercentageRecomputed', 'StatisticAcrossTables')");
        }
    }
}
