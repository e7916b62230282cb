using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Organisation;

public sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.ToTable("officials", t =>
        {
            t.HasCheckConstraint("ck_officials_echelon", "echelon IN ('I', 'II', 'III', 'IV', 'V')");
            t.HasCheckConstraint("ck_officials_nip", @"nip ~ '^[0-9 ]{18,24}$'");
        });
        builder.HasRegionScopedKey();
        builder.Property(x => x.Position).HasMaxLength(300);
        builder.Property(x => x.Echelon).HasMaxLength(3);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Rank).HasMaxLength(100);
        builder.Property(x => x.Nip).HasMaxLength(24);
        builder.HasOne(x => x.Agency).WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Unit).WithMany().HasForeignKey(x => new { x.RegionId, x.UnitId }).OnDelete(DeleteBehavior.Cascade);
    }
}
