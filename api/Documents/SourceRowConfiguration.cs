using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Documents;

public sealed class SourceRowConfiguration : IEntityTypeConfiguration<SourceRow>
{
    public void Configure(EntityTypeBuilder<SourceRow> builder)
    {
        builder.ToTable("source_rows", t =>
        {
            t.HasCheckConstraint("ck_source_rows_lines", "line_from >= 1 AND line_to >= line_from");
            t.HasCheckConstraint("ck_source_rows_ordinal", "ordinal >= 1");
        });
        builder.HasRegionScopedKey();
        builder.Property(x => x.Label).HasMaxLength(64);
        builder.Property(x => x.Cells).HasColumnType("jsonb");
        builder.HasIndex(x => new { x.RegionId, x.SourceTableId, x.Ordinal }).IsUnique();
        builder.HasOne(x => x.SourceTable).WithMany().HasForeignKey(x => new { x.RegionId, x.SourceTableId }).OnDelete(DeleteBehavior.Cascade);
    }
}
