using GraphQL;
using GraphQL.Types;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

/// <summary>The plan tree and indicators of an agency, as fields of <see cref="AgencyType"/>.</summary>
public static class PlanFields
{
    public static void AddPlanFields(this ObjectGraphType<Agency> agency)
    {
        agency.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeType>>>>("planTree")
            .Description("The roots of the agency's performance tree (pohon kinerja) for a year, from its documents of that year; navigate down with `children`.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year (tahun).")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                return c.NodesOfAgency(RegionKey.Of(c.Source), year).Then(nodes => nodes.Where(n => n.Node.ParentId is null).Select(n => n.Node).ToList());
            });
        agency.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanNodeType>>>>("planNodes")
            .Description("The agency's plan nodes in document order, filtered: e.g. every PROGRAM of a year.")
            .Argument<IntGraphType>("year", "Only nodes of the documents of this year.")
            .Argument<PlanLevelType>("level", "Only nodes of this level.")
            .Argument<StringGraphType>("search", "Only nodes whose name contains this text (case-insensitive).")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                var level = c.GetArgument<PlanLevel?>("level");
                var search = c.GetArgument<string?>("search");
                return c.NodesOfAgency(RegionKey.Of(c.Source), year).Then(nodes => nodes
                    .Where(n => (year is null || n.Year == year) && (level is null || n.Node.Level == level)
                        && (search is null || n.Node.Name.Contains(search, StringComparison.OrdinalIgnoreCase)))
                    .Select(n => n.Node).ToList());
            });
        agency.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorType>>>>("indicators")
            .Description("The agency's indicators in document order, filtered: e.g. every IKU with figures in a year.")
            .Argument<IntGraphType>("year", "Only indicators with a figure for this year or defined in a document of this year.")
            .Argument<IndicatorKindType>("kind", "Only indicators of this kind (IKU, IKK, ...).")
            .Argument<PlanLevelType>("level", "Only indicators of nodes of this level.")
            .Argument<StringGraphType>("search", "Only indicators whose name contains this text (case-insensitive).")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                var kind = c.GetArgument<IndicatorKind?>("kind");
                var level = c.GetArgument<PlanLevel?>("level");
                var search = c.GetArgument<string?>("search");
                return c.IndicatorsOfAgency(RegionKey.Of(c.Source), year, kind, level)
                    .Then(list => list.Where(i => search is null || i.Name.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList());
            });
    }
}
