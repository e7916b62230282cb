using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Reconciliation;

public sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("findings");
        builder.HasRegionScopedKey();
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasEnumCheck<Finding, FindingKind>("kind");
        builder.Property(x => x.StatedValue).HasPrecision(24, 6);
        builder.Property(x => x.ComparedValue).HasPrecision(24, 6);
        builder.Property(x => x.Difference).HasPrecision(24, 6);
        builder.HasIndex(x => new { x.RegionId, x.DocumentId, x.Kind });
        builder.HasOne(x => x.Document).WithMany().HasForeignKey(x => new { x.RegionId, x.DocumentId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceRow>().WithMany().HasForeignKey(x => new { x.RegionId, x.StatedSourceRowId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SourceRow>().WithMany().HasForeignKey(x => new { x.RegionId, x.ComparedSourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
