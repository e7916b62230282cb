using GraphQL;
using GraphQL.Types;
using Sakip.Api.Budgets;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

public sealed class PlanNodeType : ObjectGraphType<PlanNode>
{
    public PlanNodeType()
    {
        Name = "PlanNode";
        Description = "A node of an agency's performance tree (pohon kinerja): RPJMD misi/tujuan/sasaran, Renstra tujuan/sasaran, program, kegiatan or sub kegiatan.";
        this.IsNode();
        Field(x => x.Key).Description("Key within the agency, as in the seed files.");
        Field<NonNullGraphType<PlanLevelType>>("level").Description("Level (tingkat) in the tree.").Resolve(c => c.Source.Level);
        Field(x => x.Code, nullable: true).Description("Code from the national nomenclature (kode rekening), where the document prints one.");
        Field(x => x.Name).Description("Name (nama) as printed.");
        Field(x => x.Goal, nullable: true).Description("The node's own target statement: sasaran (outcome) of a program, sasaran (output) of a kegiatan.");
        Field<PlanNodeType>("parent").Description("The node above (induk).")
            .Resolve(c => c.Source.ParentId is { } id ? c.Loaders().ById<PlanNode>().Load(new(c.Source.RegionId, id)).Now() : null);
        // A tree fans out about twice a level: counting children like any list would price a whole tree out of reach.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeType>>>>("children").Description("The nodes below, in document order.")
            .Resolve(c => c.ChildrenOf(RegionKey.Of(c.Source)))
            .FieldType.WithComplexityImpact(1, 2);
        Field<UnitType>("unit").Description("The responsible unit (unit penanggung jawab), where given.")
            .Resolve(c => c.Source.UnitId is { } id ? c.Loaders().ById<Unit>().Load(new(c.Source.RegionId, id)) : null);
        Field<NonNullGraphType<AgencyType>>("agency").Description("The agency.").Resolve(c => c.AgencyOf(new(c.Source.RegionId, c.Source.AgencyId)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators").Description("The node's indicators (indikator).")
            .Resolve(c => c.IndicatorsOfNode(RegionKey.Of(c.Source)).Now());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionType>>>>("contributesTo")
            .Description("Indicators of other nodes (usually sasaran) the document lists this program or kegiatan under (indikator yang didukung), in document order.")
            .Resolve(c => c.ContributionsOfNode(RegionKey.Of(c.Source)));
        this.AddNodeBudgetField();
        Field<NonNullGraphType<SourceRowType>>("source").Description("The row that first defines the node.")
            .Resolve(c => c.Loaders().ById<SourceRow>().Load(new(c.Source.RegionId, c.Source.SourceRowId)).Now());
    }
}
