using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasRegionScopedKey();
        builder.Property(x => x.Key).HasMaxLength(100);
        builder.Property(x => x.Name).HasMaxLength(1000);
        builder.Property(x => x.Unit).HasMaxLength(32);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<Indicator, IndicatorKind>("kind");
        builder.Property(x => x.Polarity).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<Indicator, Polarity>("polarity");
        builder.Property(x => x.Aggregation).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<Indicator, Aggregation>("aggregation");
        builder.HasIndex(x => new { x.RegionId, x.AgencyId, x.Key }).IsUnique();
        builder.HasIndex(x => new { x.RegionId, x.PlanNodeId });
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.PlanNode).WithMany().HasForeignKey(x => new { x.RegionId, x.PlanNodeId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.ResponsibleUnit).WithMany().HasForeignKey(x => new { x.RegionId, x.ResponsibleUnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
