using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Plan;

public sealed class PlanNodeConfiguration : IEntityTypeConfiguration<PlanNode>
{
    public void Configure(EntityTypeBuilder<PlanNode> builder)
    {
        builder.ToTable("plan_nodes", t => t.HasCheckConstraint("ck_plan_nodes_not_own_parent", "parent_id IS NULL OR parent_id <> id"));
        builder.HasRegionScopedKey();
        builder.Property(x => x.Key).HasMaxLength(100);
        builder.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<PlanNode, PlanLevel>("level");
        builder.Property(x => x.Code).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(1000);
        builder.Property(x => x.Goal).HasMaxLength(1000);
        builder.HasIndex(x => new { x.RegionId, x.AgencyId, x.Key }).IsUnique();
        builder.HasIndex(x => new { x.RegionId, x.ParentId });
        builder.HasOne(x => x.Agency).WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Parent).WithMany().HasForeignKey(x => new { x.RegionId, x.ParentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Unit).WithMany().HasForeignKey(x => new { x.RegionId, x.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
