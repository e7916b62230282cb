namespace Sakip.Site.Rendering;

/// <summary>
/// One notation per column: a published figure is shown from its stored value in the Indonesian notation of its kind
/// (Rp4.712.818.176, 41,42%, 75.695), whatever spacing, "Rp." or ",00" the document printed; the printed text stays in
/// the cell's title and the source detail. A grade (60 (B), BB) is shown as printed, as it is no number.
/// </summary>
public static class Notation
{
    public static string Of(ValueKind kind, decimal? value, string? grade, string? published) =>
        grade is not null || value is null ? Collapse(published)
        : kind switch
        {
            ValueKind.Rupiah => Format.Rupiah(value),
            // Whole percentages without decimals (100%), others with two as the documents print capaian (6,20%, 41,42%).
            ValueKind.Percent => value % 1 == 0 ? Format.Number(value) + "%" : Format.Percent(value),
            _ => Format.Number(value),
        };

    /// <summary>The kind a figure of an indicator takes from its unit (satuan) or, with none, from what was printed.</summary>
    public static ValueKind OfUnit(string? unit, string? published) =>
        unit?.Trim() is "%" or "persen" || (unit is null or "" && published?.Contains('%') == true) ? ValueKind.Percent
        : unit?.Trim().StartsWith("Rp", StringComparison.OrdinalIgnoreCase) == true || published?.TrimStart().StartsWith("Rp", StringComparison.OrdinalIgnoreCase) == true ? ValueKind.Rupiah
        : ValueKind.Number;

    /// <summary>The title of a figure's cell: what the document printed and where.</summary>
    public static string Printed(string? published, SourceRef? source) =>
        (published is null ? "sel kosong" : $"tercetak “{Collapse(published)}”") + (source is null ? "" : $"; {source}");

    static string Collapse(string? text) => text is null ? "" : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
