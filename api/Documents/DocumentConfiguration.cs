using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Api.Data;

namespace Sakip.Api.Documents;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("documents");
        builder.HasRegionScopedKey();
        builder.Property(x => x.Key).HasMaxLength(100);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasEnumCheck<Document, DocumentKind>("kind");
        builder.HasYearCheck();
        builder.Property(x => x.Title).HasMaxLength(500);
        builder.Property(x => x.SourceFile).HasMaxLength(300);
        builder.Property(x => x.PublishedPlace).HasMaxLength(100);
        builder.Property(x => x.OriginalTitle).HasMaxLength(500);
        builder.Property(x => x.Publisher).HasMaxLength(300);
        builder.Property(x => x.OriginalUrl).HasMaxLength(500);
        builder.Property(x => x.OriginalSha256).HasMaxLength(64);
        builder.Property(x => x.ContentHash).HasMaxLength(64);
        builder.Property(x => x.SeedStamp).HasMaxLength(64);
        builder.HasIndex(x => new { x.RegionId, x.Key }).IsUnique();
        builder.HasIndex(x => new { x.RegionId, x.AgencyId, x.Kind, x.Year }).IsUnique();
        builder.HasOne(x => x.Agency).WithMany().HasForeignKey(x => new { x.RegionId, x.AgencyId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Signatory).WithMany().HasForeignKey(x => new { x.RegionId, x.SignatoryId }).OnDelete(DeleteBehavior.Restrict);
    }
}
