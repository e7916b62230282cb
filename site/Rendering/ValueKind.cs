namespace Sakip.Site.Rendering;

/// <summary>How a column's numbers are written and charted.</summary>
public enum ValueKind { Text, Number, Rupiah, Percent }

public static class ValueKinds
{
    /// <summary>A value in the notation of its column kind.</summary>
    public static string Write(this ValueKind kind, decimal? value) => kind switch
    {
        ValueKind.Rupiah => Format.Rupiah(value),
        ValueKind.Percent => Format.Percent(value),
        _ => Format.Number(value),
    };
}
