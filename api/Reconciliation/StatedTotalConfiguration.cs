using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Reconciliation;

public sealed class StatedTotalConfiguration : IEntityTypeConfiguration<StatedTotal>
{
    public void Configure(EntityTypeBuilder<StatedTotal> builder)
    {
        builder.ToTable("stated_totals");
        builder.HasRegionScopedKey();
        builder.Property(x => x.Column).HasMaxLength(64);
        builder.MapFigure(x => x.Figure, "figure");
        builder.HasIndex(x => new { x.RegionId, x.SourceRowId, x.Column }).IsUnique();
        builder.HasOne<SourceTable>().WithMany().HasForeignKey(x => new { x.RegionId, x.SourceTableId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
