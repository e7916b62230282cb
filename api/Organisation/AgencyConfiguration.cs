using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Organisation;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.HasRegionScopedKey();
        builder.Property(x => x.Key).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.HasIndex(x => new { x.RegionId, x.Key }).IsUnique();
    }
}
