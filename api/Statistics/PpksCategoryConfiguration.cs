using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Statistics;

public sealed class PpksCategoryConfiguration : IEntityTypeConfiguration<PpksCategory>
{
    public void Configure(EntityTypeBuilder<PpksCategory> builder)
    {
        builder.ToTable("ppks_categories");
        builder.HasRegionScopedKey();
        builder.Property(x => x.Key).HasMaxLength(100);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.Property(x => x.GroupNo).HasMaxLength(8);
        builder.Property(x => x.GroupName).HasMaxLength(300);
        builder.HasIndex(x => new { x.RegionId, x.Key }).IsUnique();
        builder.HasOne<SourceRow>().WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
