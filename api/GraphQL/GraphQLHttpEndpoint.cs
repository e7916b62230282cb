using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Net.Http.Headers;
using Sakip.Api.GraphQL.Limits;
using Sakip.Api.GraphQL.Persisted;
using Sakip.Api.Hosting;
using Sakip.Api.Releases;

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
        Microsoft.Extensions.Options.IOptions<GraphQLOptions> options, ClientRateLimiter limiter, ListSizes listSizes, ReleaseMonitor releases,
        PersistedAnswers answers, ParsedDocuments documents, ILoggerFactory loggers)
    {
        if (GraphiQLPage.IsWanted(http.Request))
        {
            await GraphiQLPage.WriteAsync(http);
            return;
        }
        var admitted = await limiter.AdmitAsync(http, message =>
            WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, ResponseMediaType(http.Request) ?? Json, ErrorCodes.RateLimited, message, serializer));
        if (!admitted)
        {
            return;
        }
        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, Json, ErrorCodes.BadRequest,
                $"The Accept header allows neither {GraphQLResponseJson} nor {Json}.", serializer);
            return;
        }
        var limits = options.Value;
        // The execution limit covers the whole request: reading the body, parsing, validation, execution and
        // serialisation. Only writing the finished answer runs on the connection's own token.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(limits.ExecutionTimeout);
        RequestBudget? budget = null;
        try
        {
            // Read before executing: should a load commit meanwhile, the answer is of this release or newer, never older.
            var release = await releases.CurrentAsync(timeout.Token);
            var persisted = PersistedKey(http.Request);
            if (persisted is not null && release is not null)
            {
                http.Response.Headers.ETag = PersistedAnswers.ETag(release, persisted);
                http.Response.Headers.CacheControl = $"public, max-age={(int)limits.PersistedMaxAge.TotalSeconds}";
                http.Response.Headers.Vary = HeaderNames.Accept;
                if (IsNotModified(http.Request, http.Response.Headers.ETag!))
                {
                    http.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
                if (answers.TryGet(release, persisted, out var cached))
                {
                    await WriteBytesAsync(http, StatusCodes.Status200OK, mediaType, cached);
                    return;
                }
            }
            // A persisted operation's answer is kept whole (above); the rows it reads are kept only for other documents,
            // so a site build, which asks for each agency once, does not fill the read cache with rows never asked again.
            http.RequestServices.GetRequiredService<Batching.RequestLoaders>().AnswerFrom(persisted is null ? release : null);
            var outcome = await RunAsync(http, executer, serializer, limits, listSizes, documents, release, loggers, timeout.Token, b => budget = b);
            var cacheable = persisted is not null && release is not null && outcome is { Status: StatusCodes.Status200OK, Answer.Errors: not { Count: > 0 } };
            if (!cacheable)
            {
                // Any other document, or an error, is of the data as it is now: no cache may keep it.
                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers.ETag = default;
            }
            if (outcome.Answer is null)
            {
                await WriteErrorAsync(http, outcome.Status, mediaType, outcome.Code, outcome.Message, serializer, outcome.Cost);
                return;
            }
            var bytes = await WriteAnswerAsync(http, outcome.Status, mediaType, outcome.Answer, serializer, limits, keep: cacheable, timeout.Token);
            if (cacheable)
            {
                answers.Add(release!, persisted!, bytes!);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: nobody reads an answer.
        }
        catch (OperationCanceledException) when (budget is { ResultNodesExceeded: true })
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, ErrorCodes.LimitExceeded,
                $"The answer would hold more than {limits.MaxResultNodes} result nodes (fields and list items), the maximum allowed on this endpoint " +
                "(GraphQL:MaxResultNodes). Ask for fewer fields or smaller pages.", serializer, CostOf(budget, limits));
        }
        catch (OperationCanceledException)
        {
            await WriteErrorAsync(http, StatusCodes.Status408RequestTimeout, mediaType, ErrorCodes.Timeout,
                $"The request took longer than the execution limit of {limits.ExecutionTimeout.TotalSeconds:0} seconds (GraphQL:ExecutionTimeout).", serializer,
                CostOf(budget, limits));
        }
        catch (BoundedBuffer.FullException e)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, ErrorCodes.LimitExceeded,
                $"The answer would be larger than {e.MaxBytes} bytes, the maximum allowed on this endpoint (GraphQL:MaxResponseBytes). " +
                "Ask for fewer fields or smaller pages.", serializer, CostOf(budget, limits));
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e))
        {
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, mediaType, ErrorCodes.DatabaseUnavailable,
                DatabaseFaults.UnavailableMessage, serializer);
        }
        finally
        {
            budget?.Dispose();
        }
    }

    /// <summary>What a request comes to: an answer to send with its status, or a refusal with its code and message.</summary>
    private sealed record Outcome(int Status, ExecutionResult? Answer, string Code = "", string Message = "", Dictionary<string, object?>? Cost = null)
    {
        public static Outcome Refuse(int status, string code, string message, Dictionary<string, object?>? cost = null) => new(status, null, code, message, cost);
    }

    /// <summary>Reads, checks and executes the request.</summary>
    private static async Task<Outcome> RunAsync(
        HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, GraphQLOptions limits, ListSizes listSizes,
        ParsedDocuments documents, Release? release, ILoggerFactory loggers, CancellationToken ct, Action<RequestBudget> started)
    {
        GraphQLRequest? request;
        string? error;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            if (!GraphQLRequestReader.IsJson(http.Request.ContentType))
            {
                return Outcome.Refuse(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest,
                    $"A POST request must have Content-Type {Json}, not '{http.Request.ContentType}'.");
            }
            if (http.Request.ContentLength > limits.MaxRequestBytes)
            {
                return TooLarge(limits);
            }
            (request, error) = await GraphQLRequestReader.ReadBodyAsync(http.Request, serializer, limits.MaxRequestBytes, ct);
            if (error == GraphQLRequestReader.TooLargeBody)
            {
                return TooLarge(limits);
            }
        }
        else
        {
            (request, error) = GraphQLRequestReader.ReadQueryString(http.Request.Query, serializer);
        }
        if (error is not null)
        {
            return Outcome.Refuse(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, error);
        }

        ParsedDocuments.Entry parsed;
        try
        {
            parsed = documents.Get(request!.Query!);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Outcome.Refuse(StatusCodes.Status400BadRequest, ErrorCodes.LimitExceeded,
                $"The document nests deeper than the parser's limit of {ParsedDocuments.ParserDepth}.");
        }
        catch (GraphQLSyntaxErrorException e)
        {
            return Outcome.Refuse(DocumentErrorStatus(http.Request), ErrorCodes.SyntaxError, $"Syntax error: {e.Description} (line {e.Location.Line}, column {e.Location.Column}).");
        }
        ct.ThrowIfCancellationRequested();
        var document = parsed.Document;
        if (!HttpMethods.IsPost(http.Request.Method) && IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            return Outcome.Refuse(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "A mutation cannot be sent with GET; use POST.");
        }
        var fields = parsed.Fields;
        if (fields > limits.MaxFields)
        {
            return Outcome.Refuse(DocumentErrorStatus(http.Request), ErrorCodes.LimitExceeded,
                $"The document expands to {fields:0} fields once its fragments are spread; the maximum allowed on this endpoint is {limits.MaxFields} (GraphQL:MaxFields).",
                new Dictionary<string, object?> { ["fields"] = fields, ["fieldLimit"] = limits.MaxFields });
        }
        if ((parsed.TextProblem ?? TextInput.FirstProblem(request.Variables)) is { } textProblem)
        {
            return Outcome.Refuse(DocumentErrorStatus(http.Request), ErrorCodes.InvalidArgument, textProblem);
        }

        var budget = new RequestBudget(limits.MaxResultNodes, ct) { DryRun = IsCostOnly(request.Extensions) };
        started(budget);
        var sizes = await listSizes.GetAsync(budget.Token);
        var logger = loggers.CreateLogger(typeof(GraphQLHttpEndpoint));
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Document = document,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            // A document that passed validation once needs only the per-request rules (the cost estimate adds itself).
            ValidationRules = parsed.Validated ? [] : null,
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = new Dictionary<string, object?> { [RequestBudget.Key] = budget, [GraphQLRegistration.ListSizesKey] = sizes },
            CancellationToken = budget.Token,
            UnhandledExceptionDelegate = context =>
            {
                if (context.Exception is OperationCanceledException && budget.Token.IsCancellationRequested)
                {
                    return Task.CompletedTask;
                }
                if (!DatabaseFaults.IsUnavailable(context.Exception))
                {
                    logger.LogError(context.Exception, "GraphQL field {Field} failed", context.FieldContext?.FieldDefinition.Name ?? "(request)");
                }
                return Task.CompletedTask;
            },
        });
        // A cancelled execution may come back as an answer with errors rather than an exception: treat it the same.
        budget.Token.ThrowIfCancellationRequested();
        if (result.Executed && !budget.DryRun)
        {
            parsed.Validated = true;
        }

        var cost = CostOf(budget, limits, fields, result.Executed);
        logger.LogDebug("GraphQL {Operation}: estimated cost {Estimated}, {Nodes} result nodes", request.OperationName ?? "(anonymous)", budget.EstimatedCost, budget.ResultNodes);
        if (result.Errors?.Any(e => SakipErrorInfoProvider.Classify(e) == ErrorCodes.DatabaseUnavailable) == true)
        {
            return Outcome.Refuse(StatusCodes.Status503ServiceUnavailable, ErrorCodes.DatabaseUnavailable,
                DatabaseFaults.UnavailableMessage, cost);
        }
        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions["cost"] = cost;
        result.Extensions["release"] = release is null ? null : new Dictionary<string, object?> { ["id"] = release.Id, ["loadedAt"] = release.LoadedAt };
        if (budget.DryRun && result.Errors is not { Count: > 0 })
        {
            return new Outcome(StatusCodes.Status200OK, result);
        }
        // application/graphql-response+json: a request that was not executed (syntax, validation or variable
        // errors) is the client's mistake, 400; application/json keeps the legacy 200 for well-formed requests.
        var status = !result.Executed && ResponseMediaType(http.Request) == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return new Outcome(status, result);
    }

    /// <summary>
    /// A document that cannot run (syntax, validation, refused arguments) is the client's mistake: 400 with
    /// application/graphql-response+json; application/json keeps the legacy 200 for a well-formed request.
    /// </summary>
    private static int DocumentErrorStatus(HttpRequest request) =>
        ResponseMediaType(request) == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static Outcome TooLarge(GraphQLOptions limits) => Outcome.Refuse(StatusCodes.Status413PayloadTooLarge, ErrorCodes.LimitExceeded,
        $"The request body is larger than the limit of {limits.MaxRequestBytes} bytes (GraphQL:MaxRequestBytes).");

    /// <summary>A request with <c>"extensions": {"costOnly": true}</c> is validated and estimated, never executed.</summary>
    private static bool IsCostOnly(Inputs? extensions) =>
        extensions is not null && extensions.TryGetValue("costOnly", out var value) && value is true;

    /// <summary>The cost report every answer carries in <c>extensions.cost</c>.</summary>
    private static Dictionary<string, object?>? CostOf(RequestBudget? budget, GraphQLOptions limits, double? fields = null, bool executed = true)
    {
        if (budget is null)
        {
            return null;
        }
        var cost = new Dictionary<string, object?>
        {
            ["estimated"] = budget.EstimatedCost is { } e ? Math.Round(e) : null,
            ["limit"] = limits.MaxComplexity,
            ["resultNodes"] = executed && !budget.DryRun ? budget.ResultNodes : null,
            ["resultNodeLimit"] = limits.MaxResultNodes,
        };
        if (fields is { } f)
        {
            cost["fields"] = f;
            cost["fieldLimit"] = limits.MaxFields;
        }
        return cost;
    }

    /// <summary>Serialises the answer whole before a byte is sent (a limit can still strike) and sends it; returns a copy of its bytes when asked to keep them.</summary>
    private static async Task<byte[]?> WriteAnswerAsync(HttpContext http, int status, string mediaType, ExecutionResult result, IGraphQLTextSerializer serializer,
        GraphQLOptions limits, bool keep, CancellationToken ct)
    {
        await using var buffer = new BoundedBuffer(limits.MaxResponseBytes);
        await serializer.WriteAsync(buffer, result, ct);
        await WriteBytesAsync(http, status, mediaType, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        return keep ? buffer.ToArray() : null;
    }

    private static async Task WriteBytesAsync(HttpContext http, int status, string mediaType, ReadOnlyMemory<byte> bytes)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    /// <summary>The cache key of a persisted operation called by GET (<c>?id=HASH</c>), or null for any other request.</summary>
    private static string? PersistedKey(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Query["id"] is [{ } id] && !request.Query.ContainsKey("query") && PersistedOperations.ById.ContainsKey(id)
            ? PersistedAnswers.Key(id, request.Query["variables"] is [{ } variables] ? variables : null)
            : null;

    /// <summary>Whether If-None-Match names the answer's current validator (or any, "*").</summary>
    private static bool IsNotModified(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == etag || t == "W/" + etag));

    /// <summary>The response media type the Accept header asks for; null when it allows neither. A client that states no
    /// preference (no Accept, */*, application/*) gets application/json: the spec keeps that the default until every
    /// client knows application/graphql-response+json, and graphql-http's audits check it.</summary>
    internal static string? ResponseMediaType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return Json;
        }
        // OrderByDescending is stable: of equal qualities, the client's first listed wins.
        foreach (var type in accepted.OrderByDescending(a => a.Quality ?? 1))
        {
            if (type.Quality == 0)
            {
                continue;
            }
            var name = type.MediaType.Value ?? "";
            if (name.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }
            if (name.Equals(Json, StringComparison.OrdinalIgnoreCase) || name is "*/*" or "application/*")
            {
                return Json;
            }
        }
        return null;
    }

    /// <summary>Whether the operation that would run is a mutation.</summary>
    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation?.Operation == OperationType.Mutation;
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string mediaType, string code, string message, IGraphQLTextSerializer serializer,
        Dictionary<string, object?>? cost = null)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            http.Response.Headers.RetryAfter = DatabaseFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        if (cost is not null)
        {
            result.Extensions = new Dictionary<string, object?> { ["cost"] = cost };
        }
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
