using System.Globalization;

namespace Sakip.Api.Numbers;

/// <summary>Numbers the way Indonesian documents and readers write them: 5.783.347.586 and 41,42.</summary>
public static class IndonesianFormat
{
    /// <summary>Thousands grouped with '.', decimals after ',', at most <paramref name="maxDecimals"/> and no trailing zeros.</summary>
    public static string Number(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("#,0." + new string('#', Math.Max(maxDecimals, 1)), CultureInfo.InvariantCulture);
        return text.Replace(",", "\u0001").Replace(".", ",").Replace("\u0001", ".");
    }

    /// <summary>"41,42%".</summary>
    public static string Percent(decimal value, int maxDecimals = 2) => Number(value, maxDecimals) + "%";

    /// <summary>"Rp5.783.347.586".</summary>
    public static string Rupiah(decimal value) => "Rp" + Number(value, 2);
}
