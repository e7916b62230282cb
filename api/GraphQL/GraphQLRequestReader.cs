using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace Sakip.Api.GraphQL;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a POST body (bounded, whatever its Content-Length says) or GET parameters, with
/// a message naming the part that is wrong.
/// </summary>
internal static class GraphQLRequestReader
{
    private const string Json = "application/json";

    internal static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);

    internal const string TooLargeBody = "too large";

    internal static async Task<(GraphQLRequest? Request, string? Error)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer,
        int maxBytes, CancellationToken ct)
    {
        // Read at most one byte over the limit: a body without Content-Length cannot exhaust memory. The bytes are
        // checked and deserialised where they lie, never copied into a string.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = 0;
            int read;
            while (length <= maxBytes && (read = await request.Body.ReadAsync(buffer.AsMemory(length, maxBytes + 1 - length), ct)) > 0)
            {
                length += read;
            }
            return length > maxBytes ? (null, TooLargeBody) : await ParseBodyAsync(buffer, length, serializer, ct);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<(GraphQLRequest? Request, string? Error)> ParseBodyAsync(byte[] buffer, int length, IGraphQLTextSerializer serializer,
        CancellationToken ct)
    {
        try
        {
            using var json = JsonDocument.Parse(buffer.AsMemory(0, length));
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
            await using var stream = new MemoryStream(buffer, 0, length, writable: false);
            return (await serializer.ReadAsync<GraphQLRequest>(stream, ct), null);
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not valid JSON: {e.Message}");
        }
    }

    internal static string? Check(JsonElement root, string name, JsonValueKind kind, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? $"The request has no '{name}'." : null;
        }
        return value.ValueKind == kind ? null : $"'{name}' must be a JSON {kind.ToString().ToLowerInvariant()}, not {value.ValueKind.ToString().ToLowerInvariant()}.";
    }

    internal static (GraphQLRequest? Request, string? Error) ReadQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        string text;
        if (query["id"].Count > 0 && query["query"].Count == 0)
        {
            // A persisted (trusted) operation, named by the SHA-256 of its text.
            if (query["id"].Count != 1 || !Persisted.PersistedOperations.ById.TryGetValue(query["id"][0] ?? "", out var operation))
            {
                return (null, $"'id' names no persisted operation: '{query["id"]}' is not the SHA-256 (lowercase hex) of one of this API's saved documents. "
                    + "Send the document itself as 'query' instead.");
            }
            text = operation.Query;
        }
        else if (query["query"].Count != 1 || string.IsNullOrEmpty(query["query"][0]))
        {
            return (null, "A GET request needs exactly one 'query' parameter (or the 'id' of a persisted operation).");
        }
        else
        {
            text = query["query"][0]!;
        }
        try
        {
            var variables = query["variables"].Count == 1 ? serializer.Deserialize<Inputs>(query["variables"][0]) : null;
            var extensions = query["extensions"].Count == 1 ? serializer.Deserialize<Inputs>(query["extensions"][0]) : null;
            return (new GraphQLRequest
            {
                Query = text,
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
}
