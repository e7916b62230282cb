using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Plan;

namespace Sakip.Api.Budgets;

public sealed class NodeBudgetRollUpConfiguration : IEntityTypeConfiguration<NodeBudgetRollUp>
{
    public void Configure(EntityTypeBuilder<NodeBudgetRollUp> builder)
    {
        builder.ToTable("node_budgets");
        builder.HasKey(x => new { x.RegionId, x.PlanNodeId, x.Year });
        builder.HasIndex(x => new { x.RegionId, x.AgencyId, x.Year });
        foreach (var amount in new[] { nameof(NodeBudgetRollUp.RolledUpPagu), nameof(NodeBudgetRollUp.RolledUpRealisation),
                     nameof(NodeBudgetRollUp.ChildrenPagu), nameof(NodeBudgetRollUp.ChildrenRealisation), nameof(NodeBudgetRollUp.AbsorptionValue) })
        {
            builder.Property(amount).HasColumnType("numeric");
        }
        builder.Property(x => x.AbsorptionFormula).HasMaxLength(200);
        builder.HasOne<PlanNode>().WithMany().HasForeignKey(x => new { x.RegionId, x.PlanNodeId }).OnDelete(DeleteBehavior.Cascade);
        // A figure's removal removes the roll-up computed from it; the loader computes its region's roll-ups again.
        builder.HasOne<BudgetFigure>().WithMany().HasForeignKey(x => new { x.RegionId, x.PaguId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BudgetFigure>().WithMany().HasForeignKey(x => new { x.RegionId, x.RealisationId }).OnDelete(DeleteBehavior.Cascade);
    }
}
