using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Organisation;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasRegionScopedKey();
        builder.Property(x => x.Key).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<Unit, UnitKind>("kind");
        builder.HasIndex(x => new { x.RegionId, x.AgencyId, x.Key }).IsUnique();
        builder.HasOne(x => x.Agency).WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Parent).WithMany().HasForeignKey(x => new { x.RegionId, x.ParentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
