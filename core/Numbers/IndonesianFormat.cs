using System.Globalization;

namespace Sakip.Core.Numbers;

/// <summary>
/// Indonesian notation for every figure the API writes and the site shows: Rp5.783.347.586, 41,42%, 2 Januari 2026.
/// The one formatter: the API's calculation traces and findings and the site's pages write numbers the same way.
/// </summary>
/// <remarks>Separators are fixed here rather than taken from the machine's id-ID culture data, so a page renders
/// the same bytes on every machine (ICU versions differ in their Indonesian patterns).</remarks>
public static class IndonesianFormat
{
    /// <summary>What is shown for a figure that does not exist.</summary>
    public const string Missing = "–";

    static readonly NumberFormatInfo Indonesian = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "-",
    };

    static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary>Thousands grouped with '.', decimals after ',': the decimals the number has, at most <paramref name="maxDecimals"/>.</summary>
    public static string Number(decimal? value, int maxDecimals = 2)
    {
        if (value is not { } v) return Missing;
        var rounded = Math.Round(v, maxDecimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("#,0." + new string('#', Math.Max(maxDecimals, 1)), Indonesian);
    }

    /// <summary>"Rp5.783.347.586"; a negative amount "-Rp201.926.981".</summary>
    public static string Rupiah(decimal? value) =>
        value is not { } v ? Missing : v < 0 ? "-Rp" + Number(-v) : "Rp" + Number(v);

    /// <summary>A percentage with a fixed number of decimals, two as the documents print capaian: "41,42%", "55,20%".</summary>
    public static string Percent(decimal? value, int decimals = 2) =>
        value is not { } v ? Missing
        : Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('0', Math.Max(decimals, 1)), Indonesian) + "%";

    /// <summary>"2 Januari 2026".</summary>
    public static string Date(DateOnly? date) =>
        date is not { } d ? Missing : $"{d.Day} {Months[d.Month - 1]} {d.Year}";

    public static string MonthName(int month) => Months[month - 1];

    public static string Quarter(int quarter) =>
        "Triwulan " + quarter switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", _ => quarter.ToString(CultureInfo.InvariantCulture) };
}
