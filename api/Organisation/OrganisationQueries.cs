using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;

namespace Sakip.Api.Organisation;

public static class OrganisationQueries
{
    public static void AddOrganisationFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .Description("Every region (Pemerintah Daerah) with published documents, by code.")
            .ResolveAsync(async context =>
            {
                var db = context.RequestServices!.GetRequiredService<SakipDbContext>();
                return await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(context.CancellationToken);
            });
    }
}
