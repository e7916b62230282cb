namespace Sakip.Api.GraphQL;

/// <summary>
/// Cross-origin access to /graphql: the data is public, so a notebook or another site may query it from a browser.
/// Any origin, GET and POST with the JSON headers, never credentials (there is no session to protect, and a credentialed
/// request must not be answered for every origin); the rate-limit headers are readable so a client can pace itself.
/// </summary>
public static class GraphQLCors
{
    public const string PolicyName = "graphql";

    /// <summary>How long a browser may reuse a preflight answer (Chromium caps it at two hours).</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(2);

    public static IServiceCollection AddGraphQLCors(this IServiceCollection services) =>
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Content-Type", "Accept")
            .WithExposedHeaders("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After")
            .SetPreflightMaxAge(PreflightMaxAge)));

    /// <summary>The CORS middleware; it acts only on endpoints mapped inside <see cref="WithGraphQLCors"/>.</summary>
    public static IApplicationBuilder UseGraphQLCors(this IApplicationBuilder app) => app.UseCors();

    /// <summary>A route group whose endpoints get the policy, preflight (OPTIONS) included:
    /// <c>app.WithGraphQLCors().MapGraphQLEndpoint()</c>.</summary>
    public static IEndpointRouteBuilder WithGraphQLCors(this IEndpointRouteBuilder app) =>
        app.MapGroup("").RequireCors(PolicyName);
}
