using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Organisation;

namespace Sakip.Api.Statistics;

public sealed class PsksEntryConfiguration : IEntityTypeConfiguration<PsksEntry>
{
    public void Configure(EntityTypeBuilder<PsksEntry> builder)
    {
        builder.ToTable("psks_entries");
        builder.HasRegionScopedKey();
        builder.HasYearCheck();
        builder.Property(x => x.Type).HasMaxLength(300);
        builder.Property(x => x.DataSource).HasMaxLength(200);
        builder.MapFigure(x => x.Count, "count", nonNegative: true);
        builder.MapFigure(x => x.Certified, "certified", nonNegative: true);
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
