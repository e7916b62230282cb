using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;

namespace Sakip.Api.Statistics;

public sealed class AidFigureConfiguration : IEntityTypeConfiguration<AidFigure>
{
    public void Configure(EntityTypeBuilder<AidFigure> builder)
    {
        builder.ToTable("aid_figures", t => t.HasCheckConstraint("ck_aid_figures_stage", "stage IN ('I', 'II', 'I+II')"));
        builder.HasRegionScopedKey();
        builder.HasYearCheck();
        builder.Property(x => x.Stage).HasMaxLength(8);
        builder.Property(x => x.Kecamatan).HasMaxLength(100);
        builder.Property(x => x.Label).HasMaxLength(100);
        builder.Property(x => x.Measure).HasConversion<string>().HasMaxLength(24);
        builder.HasEnumCheck<AidFigure, AidMeasure>("measure");
        builder.MapFigure(x => x.Figure, "figure", nonNegative: true);
        builder.HasIndex(x => new { x.RegionId, x.SourceRowId, x.Measure }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceTable>().WithMany().HasForeignKey(x => new { x.RegionId, x.SourceTableId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
