using GraphQL.Types;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Relay;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using Sakip.Api.Releases;

namespace Sakip.Api.GraphQL;

/// <summary>The public schema. A singleton: resolvers reach scoped services (the DbContext) through the request.</summary>
public sealed class SakipSchema : Schema
{
    public SakipSchema(IServiceProvider services) : base(services)
    {
        Description = "SAKIP transparency: plans, performance and budgets of Indonesian regional agencies.";
        var query = new ObjectGraphType { Name = "Query", Description = "Read-only entry points." };
        query.AddNodeFields();
        query.AddOrganisationFields();
        query.AddDocumentFields();
        query.AddPlanFields();
        query.AddFindingFields();
        query.AddReleaseFields();
        Query = query;
        // Replaces the built-in Decimal: figures without their column's trailing zeros.
        RegisterType(new PlainDecimalGraphType());
    }
}
