using Sakip.Core.Numbers;

namespace Sakip.Core.Percentages;

/// <summary>A percentage computed from published figures (absorption, coverage), with how it was computed.</summary>
public sealed record ComputedPercent(decimal? Value, string Formula, string Trace)
{
    /// <summary>part / whole x 100; not computable without both figures or with a zero whole.</summary>
    public static ComputedPercent Of(decimal? part, decimal? whole, string partName, string wholeName) =>
        part is not { } p ? new(null, $"{partName} / {wholeName} x 100", $"{partName} tidak dilaporkan")
        : whole is not { } w ? new(null, $"{partName} / {wholeName} x 100", $"{wholeName} tidak dilaporkan")
        : w == 0 ? new(null, $"{partName} / {wholeName} x 100", $"{wholeName} bernilai nol")
        : new(p / w * 100, $"{partName} / {wholeName} x 100",
            $"{IndonesianFormat.Number(p, 4)} / {IndonesianFormat.Number(w, 4)} x 100 = {IndonesianFormat.Percent(p / w * 100)}");
}
