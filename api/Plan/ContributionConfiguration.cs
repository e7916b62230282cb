using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Plan;

public sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.ToTable("contributions");
        builder.HasRegionScopedKey();
        builder.HasIndex(x => new { x.RegionId, x.PlanNodeId, x.IndicatorId }).IsUnique();
        builder.HasIndex(x => new { x.RegionId, x.IndicatorId });
        builder.HasOne(x => x.PlanNode).WithMany().HasForeignKey(x => new { x.RegionId, x.PlanNodeId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Indicator).WithMany().HasForeignKey(x => new { x.RegionId, x.IndicatorId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
