namespace Sakip.Core.Percentages;

/// <summary>
/// The precision figures computed from published ones (capaian, absorption/penyerapan, coverage/cakupan) are given in:
/// two decimals, as the documents print capaian and as the portal shows them ("41,42%"); the unrounded value on request.
/// </summary>
public static class Precision
{
    /// <summary>Decimals of a computed percentage.</summary>
    public const int ComputedDecimals = 2;

    /// <summary>The value rounded to <see cref="ComputedDecimals"/> (half away from zero, as <c>IndonesianFormat.Percent</c>), or unrounded when <paramref name="exact"/>.</summary>
    public static decimal? Computed(decimal? value, bool exact) =>
        value is { } v && !exact ? Math.Round(v, ComputedDecimals, MidpointRounding.AwayFromZero) : value;
}
