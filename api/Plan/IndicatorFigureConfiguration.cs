using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Plan;

public sealed class IndicatorFigureConfiguration : IEntityTypeConfiguration<IndicatorFigure>
{
    public void Configure(EntityTypeBuilder<IndicatorFigure> builder)
    {
        builder.ToTable("indicator_figures", t => t.HasCheckConstraint("ck_indicator_figures_period", PeriodChecks.Sql()));
        builder.HasRegionScopedKey();
        builder.Property(x => x.Measure).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<IndicatorFigure, IndicatorMeasure>("measure");
        builder.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(8);
        builder.HasYearCheck();
        builder.MapFigure(x => x.Figure, "figure");
        // A table states an indicator's figure for a period once.
        builder.HasIndex(x => new { x.RegionId, x.IndicatorId, x.Measure, x.Year, x.PeriodKind, x.PeriodNo, x.SourceTableId }).IsUnique();
        builder.HasOne(x => x.Indicator).WithMany().HasForeignKey(x => new { x.RegionId, x.IndicatorId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceTable>().WithMany().HasForeignKey(x => new { x.RegionId, x.SourceTableId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
