using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Organisation;

namespace Sakip.Api.Reconciliation;

public static class FindingQueries
{
    public static void AddFindingFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<FindingType, EdgeType<FindingType>>>>("findings")
            .Description("Reconciliation findings (temuan): every disagreement between the documents' figures, filtered and paged.")
            .Argument<IdGraphType>("document", "Only findings of this document (its id).")
            .Argument<StringGraphType>("region", "Only findings of the region with this code (\"63.01\" or \"63-01\").")
            .Argument<IntGraphType>("year", "Only findings of documents of this year.")
            .Argument<ListGraphType<NonNullGraphType<FindingKindType>>>("kinds", "Only findings of these kinds.")
            .Argument<StringGraphType>("search", "Only findings whose subject contains this text (case-insensitive).")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                var query = db.Findings.AsNoTracking();
                if (c.GetArgument<string?>("document") is { } document)
                {
                    var id = GlobalId.Parse("document", document, "Document");
                    query = query.Where(f => f.RegionId == id.RegionId && f.DocumentId == id.Id);
                }
                if (c.GetArgument<string?>("region") is { } region)
                {
                    var regionId = await c.RegionIdOf(region);
                    query = query.Where(f => f.RegionId == regionId);
                }
                if (c.GetArgument<int?>("year") is { } year)
                {
                    query = query.Where(f => f.Document!.Year == year);
                }
                if (c.GetArgument<List<FindingKind>?>("kinds") is { } kinds)
                {
                    query = query.Where(f => kinds.Contains(f.Kind));
                }
                if (c.GetArgument<string?>("search") is { } search)
                {
                    query = query.Where(f => EF.Functions.ILike(f.Subject, Search.Pattern(search)));
                }
                return await query.OrderBy(f => f.DocumentId).ThenBy(f => f.Kind).ThenBy(f => f.Id).ToConnectionAsync(c);
            });
}
