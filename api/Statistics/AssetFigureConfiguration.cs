using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Organisation;

namespace Sakip.Api.Statistics;

public sealed class AssetFigureConfiguration : IEntityTypeConfiguration<AssetFigure>
{
    public void Configure(EntityTypeBuilder<AssetFigure> builder)
    {
        builder.ToTable("asset_figures");
        builder.HasRegionScopedKey();
        builder.HasYearCheck();
        builder.Property(x => x.Class).HasMaxLength(300);
        builder.Property(x => x.UnitOfMeasure).HasMaxLength(32);
        builder.Property(x => x.Measure).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<AssetFigure, AssetMeasure>("measure");
        builder.MapFigure(x => x.Figure, "figure", nonNegative: true);
        builder.HasIndex(x => new { x.RegionId, x.SourceRowId, x.Measure }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
