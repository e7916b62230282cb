using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace Sakip.Api.GraphQL;

public static class GraphQLRegistration
{
    public static IServiceCollection AddSakipGraphQL(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddScoped<Batching.RequestLoaders>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClientRateLimiter>();
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddGraphQL(b => b
            .AddSchema<SakipSchema>()
            .AddGraphTypes(typeof(SakipSchema).Assembly)
            .AddSystemTextJson()
            // One DbContext per request is not thread-safe: run resolvers one at a time.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                complexity.DefaultListImpactMultiplier = limits.ListImpactMultiplier;
            })
            .AddErrorInfoProvider(o =>
            {
                o.ExposeExceptionDetails = environment.IsDevelopment();
                o.ExposeCodes = environment.IsDevelopment();
            }));
    }
}
