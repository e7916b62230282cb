using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Documents;

public sealed class SourceTableConfiguration : IEntityTypeConfiguration<SourceTable>
{
    public void Configure(EntityTypeBuilder<SourceTable> builder)
    {
        builder.ToTable("source_tables", t => t.HasCheckConstraint("ck_source_tables_lines", "line_from >= 1 AND line_to >= line_from"));
        builder.HasRegionScopedKey();
        builder.HasYearCheck();
        builder.Property(x => x.Key).HasMaxLength(100);
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Number).HasMaxLength(32);
        builder.Property(x => x.Caption).HasMaxLength(500);
        builder.Property(x => x.Page).HasMaxLength(16);
        builder.Property(x => x.SeedFile).HasMaxLength(300);
        builder.HasIndex(x => new { x.RegionId, x.DocumentId, x.Key }).IsUnique();
        // A region's tables of a kind and year (its PPKS tables of 2022), without reading its other tables.
        builder.HasIndex(x => new { x.RegionId, x.Kind, x.Year });
        builder.HasOne(x => x.Document).WithMany().HasForeignKey(x => new { x.RegionId, x.DocumentId }).OnDelete(DeleteBehavior.Cascade);
    }
}
