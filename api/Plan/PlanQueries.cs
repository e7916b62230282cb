using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

public sealed class IndicatorOrderType : EnumerationGraphType
{
    public IndicatorOrderType()
    {
        Name = "IndicatorOrder";
        Description = "Order of indicators.";
        Add("DOCUMENT", "DOCUMENT", "As the documents list them (default).");
        Add("NAME", "NAME", "By name.");
    }
}

public static class PlanQueries
{
    public static void AddPlanFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<IndicatorType, EdgeType<IndicatorType>>>>("indicators")
            .Description("Indicators (indikator kinerja) of every agency, filtered and paged.")
            .Argument<StringGraphType>("region", "Only indicators of the region with this code (\"63.01\" or \"63-01\").")
            .Argument<IdGraphType>("agency", "Only indicators of this agency (its id).")
            .Argument<IntGraphType>("year", "Only indicators with a figure for this year or defined in a document of this year.")
            .Argument<IndicatorKindType>("kind", "Only indicators of this kind (IKU, IKK, ...).")
            .Argument<PlanLevelType>("level", "Only indicators of plan nodes of this level.")
            .Argument<IdGraphType>("responsibleUnit", "Only indicators this unit is responsible for (its id).")
            .Argument<StringGraphType>("satuan", "Only indicators with this unit of measure (\"%\", \"orang\", ...).")
            .Argument<StringGraphType>("search", "Only indicators whose name contains this text (case-insensitive).")
            .Argument<IndicatorOrderType>("orderBy", "Order; DOCUMENT by default.")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                var query = db.Indicators.AsNoTracking();
                if (c.GetArgument<string?>("region") is { } region)
                {
                    var regionId = await c.RegionIdOf(region);
                    query = query.Where(i => i.RegionId == regionId);
                }
                if (c.GetArgument<string?>("agency") is { } agency)
                {
                    var id = GlobalId.Parse("agency", agency, "Agency");
                    query = query.Where(i => i.RegionId == id.RegionId && i.AgencyId == id.Id);
                }
                if (c.GetArgument<int?>("year") is { } year)
                {
                    query = query.Where(i => i.SourceRow!.SourceTable!.Document!.Year == year || db.IndicatorFigures.Any(f => f.RegionId == i.RegionId && f.IndicatorId == i.Id && f.Year == year));
                }
                if (c.GetArgument<IndicatorKind?>("kind") is { } kind)
                {
                    query = query.Where(i => i.Kind == kind);
                }
                if (c.GetArgument<PlanLevel?>("level") is { } level)
                {
                    query = query.Where(i => i.PlanNode!.Level == level);
                }
                if (c.GetArgument<string?>("responsibleUnit") is { } unit)
                {
                    var id = GlobalId.Parse("responsibleUnit", unit, "Unit");
                    query = query.Where(i => i.ResponsibleUnitId == id.Id);
                }
                if (c.GetArgument<string?>("satuan") is { } satuan)
                {
                    query = query.Where(i => i.Unit == satuan);
                }
                if (c.GetArgument<string?>("search") is { } search)
                {
                    query = query.Where(i => EF.Functions.ILike(i.Name, Search.Pattern(search)));
                }
                var ordered = c.GetArgument<string?>("orderBy") == "NAME"
                    ? query.OrderBy(i => i.Name).ThenBy(i => i.Id)
                    : query.OrderBy(i => i.AgencyId).ThenBy(i => i.SourceRow!.SourceTable!.Ordinal).ThenBy(i => i.SourceRow!.Ordinal).ThenBy(i => i.Id);
                return await ordered.ToConnectionAsync(c, query);
            });
}
