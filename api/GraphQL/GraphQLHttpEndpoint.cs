using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Net.Http.Headers;

namespace Sakip.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): POST with application/json, GET for queries only,
/// responses as application/graphql-response+json unless the client asks for application/json.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        Microsoft.Extensions.Options.IOptions<GraphQLOptions> options, ClientRateLimiter limiter)
    {
        if (GraphiQLPage.IsWanted(http.Request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }
        var admitted = await limiter.AdmitAsync(http, message =>
            WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, ResponseMediaType(http.Request) ?? Json, message, serializer));
        if (!admitted)
        {
            return;
        }
        var limits = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.ExecutionTimeout);
        var ct = timeout.Token;
        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, Json,
                $"The Accept header allows neither {GraphQLResponseJson} nor {Json}.", serializer);
            return;
        }

        GraphQLRequest? request;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!IsJson(http.Request.ContentType))
            {
                await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType,
                    $"A POST request must have Content-Type {Json}, not '{http.Request.ContentType}'.", serializer);
                return;
            }
            if (http.Request.ContentLength > limits.MaxRequestBytes)
            {
                await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType,
                    $"The request body is larger than the limit of {limits.MaxRequestBytes} bytes.", serializer);
                return;
            }
            (request, var error) = await ReadBodyAsync(http.Request, serializer, limits.MaxRequestBytes, ct);
            if (error == TooLarge)
            {
                await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType,
                    $"The request body is larger than the limit of {limits.MaxRequestBytes} bytes.", serializer);
                return;
            }
            if (error is not null)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error, serializer);
                return;
            }
        }
        else
        {
            (request, var error) = ReadQueryString(http.Request.Query, serializer);
            if (error is not null)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error, serializer);
                return;
            }
            if (IsMutation(request!.Query, request.OperationName))
            {
                http.Response.Headers.Allow = HttpMethods.Post;
                await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                    "A mutation cannot be sent with GET; use POST.", serializer);
                return;
            }
        }

        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request!.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = ct,
            });
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            await WriteErrorAsync(http, StatusCodes.Status408RequestTimeout, mediaType,
                $"The request took longer than the execution limit of {limits.ExecutionTimeout.TotalSeconds:0} seconds.", serializer);
            return;
        }

        // The database could not serve (down, restarting, no free connection in time): the whole request gets 503
        // with Retry-After, never a field error.
        if (result.Errors?.Any(Sakip.Api.Hosting.DatabaseFaults.IsUnavailable) == true)
        {
            http.Response.Headers.RetryAfter = Sakip.Api.Hosting.DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, Sakip.Api.Hosting.DatabaseFaults.UnavailableMessage, serializer);
            return;
        }

        // application/graphql-response+json: a request that was not executed (syntax, validation or variable
        // errors) is the client's mistake, 400; application/json keeps the legacy 200 for well-formed requests.
        http.Response.StatusCode = mediaType == GraphQLResponseJson && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, ct);
    }

    /// <summary>The response media type the Accept header asks for; null when it allows neither.</summary>
    internal static string? ResponseMediaType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return GraphQLResponseJson;
        }
        foreach (var type in accepted.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.Quality == 0)
            {
                continue;
            }
            var name = type.MediaType.Value ?? "";
            if (name.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) || name is "*/*" or "application/*")
            {
                return GraphQLResponseJson;
            }
            if (name.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }
        return null;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);

    private const string TooLarge = "too large";

    private static async Task<(GraphQLRequest? Request, string? Error)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer,
        int maxBytes, CancellationToken ct)
    {
        // Read at most one byte over the limit: a body without Content-Length cannot exhaust memory.
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }
        if (length > maxBytes)
        {
            return (null, TooLarge);
        }
        var body = System.Text.Encoding.UTF8.GetString(buffer, 0, length);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The request body must be a JSON object with a 'query' string.");
            }
            var problem = Check(json.RootElement, "query", JsonValueKind.String, required: true)
                ?? Check(json.RootElement, "operationName", JsonValueKind.String, required: false)
                ?? Check(json.RootElement, "variables", JsonValueKind.Object, required: false)
                ?? Check(json.RootElement, "extensions", JsonValueKind.Object, required: false);
            if (problem is not null)
            {
                return (null, problem);
            }
            return (serializer.Deserialize<GraphQLRequest>(body), null);
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not valid JSON: {e.Message}");
        }
    }

    private static string? Check(JsonElement root, string name, JsonValueKind kind, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? $"The request has no '{name}'." : null;
        }
        return value.ValueKind == kind ? null : $"'{name}' must be a JSON {kind.ToString().ToLowerInvariant()}, not {value.ValueKind.ToString().ToLowerInvariant()}.";
    }

    private static (GraphQLRequest? Request, string? Error) ReadQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        if (query["query"].Count != 1 || string.IsNullOrEmpty(query["query"][0]))
        {
            return (null, "A GET request needs exactly one 'query' parameter.");
        }
        try
        {
            var variables = query["variables"].Count == 1 ? serializer.Deserialize<Inputs>(query["variables"][0]) : null;
            var extensions = query["extensions"].Count == 1 ? serializer.Deserialize<Inputs>(query["extensions"][0]) : null;
            return (new GraphQLRequest
            {
                Query = query["query"][0],
                OperationName = query["operationName"].Count == 1 ? query["operationName"][0] : null,
                Variables = variables,
                Extensions = extensions,
            }, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"'variables' and 'extensions' must be JSON objects: {e.Message}");
        }
    }

    /// <summary>Whether the operation that would run is a mutation (unparsable documents are left to the executer).</summary>
    private static bool IsMutation(string? query, string? operationName)
    {
        try
        {
            var document = Parser.Parse(query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = operationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message, IGraphQLTextSerializer serializer)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
