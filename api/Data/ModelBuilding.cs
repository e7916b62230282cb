using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sakip.Api.Data;

public static class ModelBuilding
{
    /// <summary>Primary key (region_id, id), id from an identity column, and the region foreign key.</summary>
    public static void HasRegionScopedKey<T>(this EntityTypeBuilder<T> builder) where T : RegionScoped
    {
        builder.HasKey(x => new { x.RegionId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedOnAdd().UseIdentityByDefaultColumn();
        builder.HasOne<Organisation.Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>Checks a stored enum holds one of its names.</summary>
    public static void HasEnumCheck<T, TEnum>(this EntityTypeBuilder<T> builder, string column)
        where T : class where TEnum : struct, Enum
    {
        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"));
        builder.ToTable(t => t.HasCheckConstraint($"ck_{builder.Metadata.GetTableName()}_{column}", $"{column} IN ({names})"));
    }

    public static void HasYearCheck<T>(this EntityTypeBuilder<T> builder, string column = "year") where T : class =>
        builder.ToTable(t => t.HasCheckConstraint($"ck_{builder.Metadata.GetTableName()}_{column}", $"{column} BETWEEN 2000 AND 2100"));
}
