using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace Sakip.Api.GraphQL;

/// <summary>
/// For benchmarks only (Benchmark:CeilingEndpoint=true): POST /benchmark/ceiling answers a GraphQL request body with
/// the bytes its first execution produced, from memory, so a benchmark can compare /graphql with what the same
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
        app.MapPost("/benchmark/ceiling", async (HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync(http.RequestAborted);
            if (!cache.TryGetValue(body, out var bytes))
            {
                var request = serializer.Deserialize<GraphQLRequest>(body)!;
                await using var scope = http.RequestServices.CreateAsyncScope();
                var result = await executer.ExecuteAsync(new ExecutionOptions
                {
                    Query = request.Query,
                    Variables = request.Variables,
                    OperationName = request.OperationName,
                    RequestServices = scope.ServiceProvider,
                    CancellationToken = http.RequestAborted,
                });
                using var buffer = new MemoryStream();
                await serializer.WriteAsync(buffer, result, http.RequestAborted);
                bytes = cache.GetOrAdd(body, buffer.ToArray());
            }
            http.Response.ContentType = GraphQLHttpEndpoint.GraphQLResponseJson + "; charset=utf-8";
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        });
        app.Logger.LogWarning("The benchmark ceiling endpoint /benchmark/ceiling is on: turn Benchmark:CeilingEndpoint off outside benchmarks");
        return app;
    }
}
