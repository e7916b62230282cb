using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sakip.Api.Data;

public static class FigureMapping
{
    /// <summary>
    /// Maps a <see cref="Figure"/> to columns prefix_state, prefix_value, prefix_grade, prefix_published,
    /// prefix_reason, with a check that a reported figure has a value or grade and any other state has a reason.
    /// </summary>
    public static void MapFigure<T>(
        this EntityTypeBuilder<T> builder,
        System.Linq.Expressions.Expression<Func<T, Figure?>> property,
        string prefix,
        bool nonNegative = false)
        where T : class
    {
        builder.ComplexProperty(property, f =>
        {
            f.Property(x => x.State).HasColumnName($"{prefix}_state").HasConversion<string>().HasMaxLength(16);
            f.Property(x => x.Value).HasColumnName($"{prefix}_value").HasPrecision(20, 4);
            f.Property(x => x.Grade).HasColumnName($"{prefix}_grade").HasMaxLength(8);
            f.Property(x => x.Published).HasColumnName($"{prefix}_published").HasMaxLength(64);
            f.Property(x => x.Reason).HasColumnName($"{prefix}_reason").HasMaxLength(200);
        });
        builder.ToTable(t =>
        {
            t.HasCheckConstraint($"ck_{TableToken(builder)}_{prefix}_state",
                $"{prefix}_state IN ({string.Join(", ", Enum.GetNames<FigureState>().Select(n => $"'{n}'"))})");
            t.HasCheckConstraint($"ck_{TableToken(builder)}_{prefix}_consistent",
                $"({prefix}_state = 'Reported' AND ({prefix}_value IS NOT NULL OR {prefix}_grade IS NOT NULL) AND {prefix}_reason IS NULL)"
                + $" OR ({prefix}_state <> 'Reported' AND {prefix}_value IS NULL AND {prefix}_grade IS NULL AND {prefix}_reason IS NOT NULL)");
            if (nonNegative)
            {
                t.HasCheckConstraint($"ck_{TableToken(builder)}_{prefix}_non_negative", $"{prefix}_value >= 0");
            }
        });
    }

    private static string TableToken<T>(EntityTypeBuilder<T> builder) where T : class =>
        builder.Metadata.GetTableName()
        ?? throw new InvalidOperationException($"Map {typeof(T).Name} to a table before its figures.");
}
