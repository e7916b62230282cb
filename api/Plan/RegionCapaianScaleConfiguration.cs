using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

public sealed class RegionCapaianScaleConfiguration : IEntityTypeConfiguration<RegionCapaianScale>
{
    public void Configure(EntityTypeBuilder<RegionCapaianScale> builder)
    {
        // The order of the classes is checked when a document is read (CapaianScale.Problem), where the data officer sees which class.
        builder.ToTable("region_capaian_scales", t => t.HasCheckConstraint("ck_region_capaian_scales_classes",
            "jsonb_typeof(classes) = 'array' AND jsonb_array_length(classes) >= 2"));
        builder.HasKey(x => x.RegionId);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.Source).HasMaxLength(300);
        builder.Property(x => x.Classes).HasColumnType("jsonb");
        builder.Property(x => x.Cap).HasPrecision(7, 2);
        builder.HasOne<Region>().WithOne().HasForeignKey<RegionCapaianScale>(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
