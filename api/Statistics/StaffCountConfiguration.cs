using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;
using Sakip.Api.Organisation;

namespace Sakip.Api.Statistics;

public sealed class StaffCountConfiguration : IEntityTypeConfiguration<StaffCount>
{
    public void Configure(EntityTypeBuilder<StaffCount> builder)
    {
        builder.ToTable("staff_counts", t => t.HasCheckConstraint("ck_staff_counts_dimension",
            "dimension IN ('eselon', 'golongan', 'pendidikan', 'jenis-kelamin', 'status', 'pangkat')"));
        builder.HasRegionScopedKey();
        builder.HasYearCheck();
        builder.Property(x => x.Dimension).HasMaxLength(16);
        builder.Property(x => x.Category).HasMaxLength(200);
        builder.Property(x => x.Code).HasMaxLength(16);
        builder.Property(x => x.Column).HasMaxLength(8);
        builder.MapFigure(x => x.Count, "count", nonNegative: true);
        builder.HasIndex(x => new { x.RegionId, x.SourceRowId, x.Column }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.SourceRow).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceRowId }).OnDelete(DeleteBehavior.Cascade);
    }
}
