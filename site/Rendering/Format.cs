using System.Globalization;

namespace Sakip.Site.Rendering;

/// <summary>Indonesian notation for every figure on the site: Rp5.783.347.586, 41,42%, 2 Januari 2026.</summary>
/// <remarks>Separators are fixed here rather than taken from the machine's id-ID culture data, so a page renders
/// the same bytes on every machine (ICU versions differ in their Indonesian patterns).</remarks>
public static class Format
{
    public const string Missing = "–";

    static readonly NumberFormatInfo Indonesian = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>A number with thousands separators and the decimals it has (at most <paramref name="maxDecimals"/>).</summary>
    public static string Number(decimal? value, int maxDecimals = 2)
    {
        if (value is not { } v) return Missing;
        var rounded = Math.Round(v, maxDecimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0." + new string('#', maxDecimals), Indonesian);
    }

    public static string Rupiah(decimal? value) =>
        value is not { } v ? Missing : v < 0 ? "-Rp" + Number(-v) : "Rp" + Number(v);

    /// <summary>A percentage with two decimals, as the documents print capaian: 41,42%.</summary>
    public static string Percent(decimal? value) =>
        value is not { } v ? Missing : Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", Indonesian) + "%";

    public static string Date(DateOnly? date) =>
        date is not { } d ? Missing : $"{d.Day} {Months[d.Month - 1]} {d.Year}";

    public static string MonthName(int month) => Months[month - 1];

    public static string Quarter(int quarter) => "Triwulan " + quarter switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => quarter.ToString(CultureInfo.InvariantCulture) };

    /// <summary>A value in the notation of its column kind.</summary>
    public static string Value(decimal? value, ValueKind kind) => kind switch
    {
        ValueKind.Rupiah => Rupiah(value),
        ValueKind.Percent => Percent(value),
        _ => Number(value),
    };
}

/// <summary>How a column's numbers are written and charted.</summary>
public enum ValueKind { Text, Number, Rupiah, Percent }
