using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Organisation;

namespace Sakip.Api.Statistics;

public sealed class StaffPositionConfiguration : IEntityTypeConfiguration<StaffPosition>
{
    public void Configure(EntityTypeBuilder<StaffPosition> builder)
    {
        builder.ToTable("staff_positions");
        builder.HasRegionScopedKey();
        builder.HasYearCheck();
        builder.Property(x => x.Position).HasMaxLength(300);
        builder.MapFigure(x => x.Pns, "pns", nonNegative: true);
        builder.MapFigure(x => x.Pppk, "pppk", nonNegative: true);
        builder.MapFigure(x => x.PppkPartTime, "pppk_part_time", nonNegative: true);
        builder.MapFigure(x => x.Grade, "grade", nonNegative: true);
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Unit).WithMany().HasForeignKey(x => new { x.RegionId, x.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
