using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Sakip.Api.GraphQL;

public static class GraphQLRegistration
{
    public static IServiceCollection AddSakipGraphQL(this IServiceCollection services, IHostEnvironment environment) =>
        services.AddGraphQL(b => b
            .AddSchema<SakipSchema>()
            .AddGraphTypes(typeof(SakipSchema).Assembly)
            .AddSystemTextJson()
            // One DbContext per request is not thread-safe: run resolvers one at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddErrorInfoProvider(o =>
            {
                o.ExposeExceptionDetails = environment.IsDevelopment();
                o.ExposeCodes = environment.IsDevelopment();
            }));
}
