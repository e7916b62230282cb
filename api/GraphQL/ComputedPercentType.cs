using GraphQL;
using GraphQL.Types;
using Sakip.Core.Percentages;

namespace Sakip.Api.GraphQL;

public sealed class ComputedPercentType : ObjectGraphType<ComputedPercent>
{
    public ComputedPercentType()
    {
        Name = "ComputedPercent";
        Description = "A percentage computed from published figures (persentase terhitung), with its formula and calculation trace.";
        Field<DecimalGraphType>("value")
            .Description("The percentage (persen), rounded to 2 decimals as the documents and the portal give it (dibulatkan dua desimal: 41.42); "
                + "`exact: true` gives it unrounded. Null when it cannot be computed (see `trace`).")
            .Argument<BooleanGraphType>("exact", "True: the unrounded value (tanpa pembulatan), e.g. 41.42413633661404319968293811.", a => a.DefaultValue = false)
            .Resolve(c => Precision.Computed(c.Source.Value, c.GetArgument<bool>("exact")));
        Field(x => x.Formula).Description("The formula (rumus).");
        Field(x => x.Trace).Description("The calculation with its inputs and result, in Indonesian notation, or why there is none.");
    }
}
