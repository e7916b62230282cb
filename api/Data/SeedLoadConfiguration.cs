using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sakip.Api.Data;

public sealed class SeedLoadConfiguration : IEntityTypeConfiguration<SeedLoad>
{
    public void Configure(EntityTypeBuilder<SeedLoad> builder)
    {
        builder.ToTable("seed_loads");
        builder.Property(x => x.ContentHash).HasMaxLength(64);
        builder.Property(x => x.Loader).HasMaxLength(200);
    }
}
