using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Organisation;

namespace Sakip.Api.GraphQL.Limits;

public sealed class RegionListSizeConfiguration : IEntityTypeConfiguration<RegionListSize>
{
    public void Configure(EntityTypeBuilder<RegionListSize> builder)
    {
        builder.ToTable("region_list_sizes");
        builder.HasKey(x => new { x.RegionId, x.Field });
        builder.Property(x => x.Field).HasMaxLength(100);
        builder.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
    }
}
