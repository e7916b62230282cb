using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;

namespace Sakip.Api.Statistics;

public sealed class PpksFigureConfiguration : IEntityTypeConfiguration<PpksFigure>
{
    public void Configure(EntityTypeBuilder<PpksFigure> builder)
    {
        builder.ToTable("ppks_figures");
        builder.HasRegionScopedKey();
        builder.HasYearCheck();
        builder.Property(x => x.Measure).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<PpksFigure, PpksMeasure>("measure");
        builder.Property(x => x.Bidang).HasMaxLength(200);
        builder.MapFigure(x => x.Count, "count", nonNegative: true);
        builder.HasIndex(x => new { x.RegionId, x.CategoryId, x.Year, x.Measure, x.SourceTableId }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Category).WithMany().HasForeignKey(x => new { x.RegionId, x.CategoryId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceTable>().WithMany().HasForeignKey(x => new { x.RegionId, x.SourceTableId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
