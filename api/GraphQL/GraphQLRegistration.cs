using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using Sakip.Api.GraphQL.Limits;

namespace Sakip.Api.GraphQL;

public static class GraphQLRegistration
{
    public const string ListSizesKey = "sakip.listSizes";

    public static IServiceCollection AddSakipGraphQL(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddScoped<Batching.RequestLoaders>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClientRateLimiter>();
        services.AddSingleton<ListSizes>();
        services.AddSingleton<Releases.ReleaseMonitor>();
        services.AddSingleton<Organisation.RegionDirectory>();
        services.AddSingleton<Persisted.PersistedAnswers>();
        services.AddSingleton<ParsedDocuments>();
        services.AddSingleton<Batching.ReleaseReadCache>();
        services.AddOptions<Batching.ReadCacheOptions>().BindConfiguration(Batching.ReadCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddGraphQL(b => b
            .AddSchema<SakipSchema>()
            .AddGraphTypes(typeof(SakipSchema).Assembly)
            .AddSystemTextJson()
            // One DbContext per request is not thread-safe: run resolvers one at a time, counting the answer's nodes.
            .AddExecutionStrategy<BudgetedExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLOptions>>().Value;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;
                complexity.DefaultComplexityImpactDelegate = Impact;
                complexity.ValidateComplexityDelegate = context =>
                {
                    if (context.ValidationContext.UserContext.TryGetValue(RequestBudget.Key, out var b) && b is RequestBudget budget)
                    {
                        budget.EstimatedCost = context.TotalImpact;
                    }
                    if (context.Error is ComplexityError && context.MaxDepth > limits.MaxDepth)
                    {
                        context.Error = new ComplexityError(
                            $"The query is nested {context.MaxDepth} levels deep; the maximum allowed on this endpoint is {limits.MaxDepth} (GraphQL:MaxDepth).");
                    }
                    else if (context.Error is ComplexityError)
                    {
                        context.Error = new ComplexityError(
                            $"The query's estimated cost is {context.TotalImpact:0} result fields (every list counted at the most items it can hold); " +
                            $"the maximum allowed on this endpoint is {limits.MaxComplexity} (GraphQL:MaxComplexity). Ask for fewer fields or smaller pages.");
                    }
                    return Task.CompletedTask;
                };
            })
            .AddErrorInfoProvider(new SakipErrorInfoProvider(environment.IsDevelopment())));
    }

    /// <summary>Fields count once; lists as many times as the data lets them hold items.</summary>
    private static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var user = context.ValidationContext.UserContext;
        var sizes = user.TryGetValue(ListSizesKey, out var s) && s is IReadOnlyDictionary<string, double> known ? known : EmptySizes;
        if (context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal))
        {
            sizes = IntrospectionSizes.For(context.ValidationContext.Schema);
        }
        return ListSizes.Impact(context, sizes, UnsizedList);
    }

    private static readonly IReadOnlyDictionary<string, double> EmptySizes = new Dictionary<string, double>();

    /// <summary>A list no size covers (a test keeps the schema free of them) is assumed to be this long.</summary>
    private const double UnsizedList = 1_000;
}
