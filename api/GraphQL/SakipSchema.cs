using GraphQL.Types;
using Sakip.Api.Organisation;

namespace Sakip.Api.GraphQL;

/// <summary>The public schema. A singleton: resolvers reach scoped services (the DbContext) through the request.</summary>
public sealed class SakipSchema : Schema
{
    public SakipSchema(IServiceProvider services) : base(services)
    {
        Description = "SAKIP transparency: plans, performance and budgets of Indonesian regional agencies.";
        var query = new ObjectGraphType { Name = "Query", Description = "Read-only entry points." };
        query.AddOrganisationFields();
        Query = query;
    }
}
