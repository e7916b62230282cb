using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sakip.Api.Organisation;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions", t => t.HasCheckConstraint("ck_regions_code", @"code ~ '^[0-9]{2}(\.[0-9]{2}){1,3}$'"));
        builder.Property(x => x.Id).UseIdentityByDefaultColumn();
        builder.Property(x => x.Code).HasMaxLength(13);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Province).HasMaxLength(200);
        builder.HasIndex(x => x.Code).IsUnique();
    }
}
