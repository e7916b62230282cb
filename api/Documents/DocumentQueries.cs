using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Organisation;

namespace Sakip.Api.Documents;

public static class DocumentQueries
{
    public static void AddDocumentFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<DocumentType, EdgeType<DocumentType>>>>("documents")
            .Description("Published documents (dokumen), newest year first, filtered and paged.")
            .Argument<StringGraphType>("region", "Only documents of the region with this code (\"63.01\" or \"63-01\").")
            .Argument<IdGraphType>("agency", "Only documents of this agency (its id).")
            .Argument<IntGraphType>("year", "Only documents of this year.")
            .Argument<DocumentKindType>("kind", "Only documents of this kind.")
            .Argument<StringGraphType>("search", "Only documents whose title contains this text (case-insensitive).")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                var query = db.Documents.AsNoTracking();
                if (c.GetArgument<string?>("region") is { } region)
                {
                    var regionId = await c.RegionIdOf(region);
                    query = query.Where(d => d.RegionId == regionId);
                }
                if (c.GetArgument<string?>("agency") is { } agency)
                {
                    var id = GlobalId.Parse("agency", agency, "Agency");
                    query = query.Where(d => d.RegionId == id.RegionId && d.AgencyId == id.Id);
                }
                if (c.GetArgument<int?>("year") is { } year)
                {
                    query = query.Where(d => d.Year == year);
                }
                if (c.GetArgument<DocumentKind?>("kind") is { } kind)
                {
                    query = query.Where(d => d.Kind == kind);
                }
                if (c.GetArgument<string?>("search") is { } search)
                {
                    query = query.Where(d => EF.Functions.ILike(d.Title, Search.Pattern(search)));
                }
                return await query.OrderByDescending(d => d.Year).ThenBy(d => d.Kind).ThenBy(d => d.Id).ToConnectionAsync(c);
            });
}
