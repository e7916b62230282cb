using GraphQL;
using GraphQL.Types;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.Plan;

public sealed class ContributionType : ObjectGraphType<Contribution>
{
    public ContributionType()
    {
        Name = "Contribution";
        Description = "A program, kegiatan or sub kegiatan listed under an indicator it works towards (indikator yang didukung), " +
                      "as a Perjanjian Kinerja lists programs beside each sasaran's indicator. A program may serve several sasaran.";
        Field<NonNullGraphType<PlanNodeType>>("node").Description("The program, kegiatan or sub kegiatan (program/kegiatan pendukung).")
            .Resolve(c => c.Loaders().ById<PlanNode>().Load(new(c.Source.RegionId, c.Source.PlanNodeId)));
        Field<NonNullGraphType<IndicatorType>>("indicator").Description("The indicator it is listed under (indikator yang didukung).")
            .Resolve(c => c.Loaders().ById<Indicator>().Load(new(c.Source.RegionId, c.Source.IndicatorId)));
        Field<NonNullGraphType<SourceRowType>>("source").Description("The first row that lists the node under the indicator.")
            .Resolve(c => c.Loaders().ById<SourceRow>().Load(new(c.Source.RegionId, c.Source.SourceRowId)));
    }
}
