using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Relay;

namespace Sakip.Api.Organisation;

public sealed class AgencyOrderType : EnumerationGraphType
{
    public AgencyOrderType()
    {
        Name = "AgencyOrder";
        Description = "Order of agencies.";
        Add("NAME", "NAME", "By name.");
        Add("REGION", "REGION", "By region code, then name.");
    }
}

public static class OrganisationQueries
{
    public static void AddOrganisationFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("Every region (Pemerintah Daerah) with published documents, by code.")
            .ResolveAsync(async context => (await context.Directory()).Regions);
        query.Field<RegionType>("region")
            .Description("A region by its Kemendagri code (kode wilayah), e.g. \"63.01\"; null when no region has the code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "Kemendagri region code: \"63.01\", or \"63-01\" as in the portal's addresses.")
            .ResolveAsync(async c =>
            {
                var code = RegionCodes.Normalize("code", c.GetArgument<string>("code"));
                return (await c.Directory()).ByCode(code);
            });
        query.Field<NonNullGraphType<ConnectionType<AgencyType, EdgeType<AgencyType>>>>("agencies")
            .Description("Agencies (perangkat daerah), filtered and paged.")
            .Argument<StringGraphType>("region", "Only agencies of the region with this code (\"63.01\" or \"63-01\").")
            .Argument<StringGraphType>("search", "Only agencies whose name contains this text (case-insensitive).")
            .Argument<AgencyOrderType>("orderBy", "Order; NAME by default.")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                var query = db.Agencies.AsNoTracking();
                if (c.GetArgument<string?>("region") is { } region)
                {
                    var regionId = await c.RegionIdOf(region);
                    query = query.Where(a => a.RegionId == regionId);
                }
                if (c.GetArgument<string?>("search") is { } search)
                {
                    query = query.Where(a => EF.Functions.ILike(a.Name, Search.Pattern(search)));
                }
                var ordered = c.GetArgument<string?>("orderBy") == "REGION"
                    ? query.OrderBy(a => db.Regions.First(r => r.Id == a.RegionId).Code).ThenBy(a => a.Name).ThenBy(a => a.Id)
                    : query.OrderBy(a => a.Name).ThenBy(a => a.Id);
                return await ordered.ToConnectionAsync(c, query);
            });
    }
}
