using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Plan;

public sealed class IndicatorCapaianConfiguration : IEntityTypeConfiguration<IndicatorCapaian>
{
    public void Configure(EntityTypeBuilder<IndicatorCapaian> builder)
    {
        builder.ToTable("indicator_capaian");
        builder.HasKey(x => new { x.RegionId, x.IndicatorId, x.Year });
        builder.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<IndicatorCapaian, CapaianState>("state");
        builder.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Kriteria).HasMaxLength(100);
        builder.Property(x => x.PublishedKriteria).HasMaxLength(200);
        builder.Property(x => x.Value).HasColumnType("numeric");
        builder.Property(x => x.Difference).HasColumnType("numeric");
        builder.Property(x => x.Scale).HasMaxLength(200);
        builder.Property(x => x.Formula).HasMaxLength(200);
        builder.Property(x => x.Rule).HasMaxLength(500);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(x => new { x.RegionId, x.IndicatorId }).OnDelete(DeleteBehavior.Cascade);
        // A figure's removal removes the capaian computed from it; the loader computes its region's capaian again.
        builder.HasOne(x => x.Target).WithMany().HasForeignKey(x => new { x.RegionId, x.TargetId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Realisation).WithMany().HasForeignKey(x => new { x.RegionId, x.RealisationId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Reported).WithMany().HasForeignKey(x => new { x.RegionId, x.ReportedId }).OnDelete(DeleteBehavior.Cascade);
    }
}
