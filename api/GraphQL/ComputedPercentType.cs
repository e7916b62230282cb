using GraphQL.Types;
using Sakip.Core.Percentages;

namespace Sakip.Api.GraphQL;

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
