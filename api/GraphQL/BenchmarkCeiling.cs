using System.Collections.Concurrent;

namespace Sakip.Api.GraphQL;

/// <summary>
/// For benchmarks only (Benchmark:CeilingEndpoint=true): POST /benchmark/ceiling answers a GraphQL request body with
/// the bytes /graphql gave for it the first time, from memory, so a benchmark can compare /graphql with what the same
/// process serves when nothing is executed.
/// </summary>
public static class BenchmarkCeiling
{
    public static IEndpointRouteBuilder MapBenchmarkCeiling(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Benchmark:CeilingEndpoint"))
        {
            return app;
        }
        var cache = new ConcurrentDictionary<string, byte[]>();
        var client = new HttpClient();
        app.Lifetime.ApplicationStopping.Register(client.Dispose);
        app.MapPost("/benchmark/ceiling", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            if (!cache.TryGetValue(body, out var bytes))
            {
                // The answer /graphql itself gives (same limits, list sizes and extensions): the same bytes, byte for byte.
                using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                using var answer = await client.PostAsync($"{http.Request.Scheme}://{http.Request.Host}/graphql", content, http.RequestAborted);
                bytes = cache.GetOrAdd(body, await answer.Content.ReadAsByteArrayAsync(http.RequestAborted));
            }
            http.Response.ContentType = GraphQLHttpEndpoint.GraphQLResponseJson + "; charset=utf-8";
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        });
        app.Logger.LogWarning("The benchmark ceiling endpoint /benchmark/ceiling is on: turn Benchmark:CeilingEndpoint off outside benchmarks");
        return app;
    }
}
