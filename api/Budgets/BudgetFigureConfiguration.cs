using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;

namespace Sakip.Api.Budgets;

public sealed class BudgetFigureConfiguration : IEntityTypeConfiguration<BudgetFigure>
{
    public void Configure(EntityTypeBuilder<BudgetFigure> builder)
    {
        builder.ToTable("budget_figures", t => t.HasCheckConstraint("ck_budget_figures_period", PeriodChecks.Sql()));
        builder.HasRegionScopedKey();
        builder.Property(x => x.Measure).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<BudgetFigure, BudgetMeasure>("measure");
        builder.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(8);
        builder.HasYearCheck();
        builder.MapFigure(x => x.Amount, "amount", nonNegative: true);
        // Documents repeat a program's amount in several blocks of one table; each printed amount is its own row.
        builder.HasIndex(x => new { x.RegionId, x.PlanNodeId, x.Measure, x.Year, x.PeriodKind, x.PeriodNo, x.SourceRowId }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.PlanNode).WithMany().HasForeignKey(x => new { x.RegionId, x.PlanNodeId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceTable>().WithMany().HasForeignKey(x => new { x.RegionId, x.SourceTableId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
