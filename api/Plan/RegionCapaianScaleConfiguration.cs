using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

public sealed class RegionCapaianScaleConfiguration : IEntityTypeConfiguration<RegionCapaianScale>
{
    public void Configure(EntityTypeBuilder<RegionCapaianScale> builder)
    {
        builder.ToTable("region_capaian_scales", t => t.HasCheckConstraint("ck_region_capaian_scales_order",
            "sangat_tinggi_from > tinggi_from AND tinggi_from > sedang_from AND sedang_from > rendah_from AND rendah_from > 0"));
        builder.HasKey(x => x.RegionId);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.Source).HasMaxLength(300);
        foreach (var threshold in new[] { nameof(RegionCapaianScale.SangatTinggiFrom), nameof(RegionCapaianScale.TinggiFrom),
                     nameof(RegionCapaianScale.SedangFrom), nameof(RegionCapaianScale.RendahFrom) })
        {
            builder.Property(threshold).HasPrecision(7, 2);
        }
        builder.Property(x => x.Cap).HasPrecision(7, 2);
        builder.HasOne<Region>().WithOne().HasForeignKey<RegionCapaianScale>(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
