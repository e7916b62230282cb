using GraphQL.Types;
using Sakip.Api.Numbers;

namespace Sakip.Api.GraphQL;

/// <summary>A percentage the API computes from published figures (absorption, coverage), with how it was computed.</summary>
public sealed record ComputedPercent(decimal? Value, string Formula, string Trace)
{
    /// <summary>part / whole x 100; not computable without both figures or with a zero whole.</summary>
    public static ComputedPercent Of(decimal? part, decimal? whole, string partName, string wholeName) =>
        part is not { } p ? new(null, $"{partName} / {wholeName} x 100", $"{partName} tidak dilaporkan")
        : whole is not { } w ? new(null, $"{partName} / {wholeName} x 100", $"{wholeName} tidak dilaporkan")
        : w == 0 ? new(null, $"{partName} / {wholeName} x 100", $"{wholeName} bernilai nol")
        : new(p / w * 100, $"{partName} / {wholeName} x 100",
            $"{IndonesianFormat.Number(p, 4)} / {IndonesianFormat.Number(w, 4)} x 100 = {IndonesianFormat.Percent(p / w * 100, 2)}");
}

public sealed class ComputedPercentType : ObjectGraphType<ComputedPercent>
{
    public ComputedPercentType()
    {
        Name = "ComputedPercent";
        Description = "A percentage computed from published figures (persentase terhitung), with its formula and calculation trace.";
        Field(x => x.Value, nullable: true).Description("The percentage, unrounded; null when it cannot be computed (see `trace`).");
        Field(x => x.Formula).Description("The formula (rumus).");
        Field(x => x.Trace).Description("The calculation with its inputs and result, in Indonesian notation, or why there is none.");
    }
}
