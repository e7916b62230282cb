using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Sakip.Site.Api;

namespace Sakip.Tests.Site;

/// <summary>Recorded answers of the API to the site generator's requests, committed in Site/Recorded/, so page
/// snapshots render without network or database. The generator sends persisted GETs (<c>?id=SHA-256&amp;variables=</c>);
/// a recording is named by the query's operation and a hash of the query text and variables: changing a page's query
/// makes its old recording unusable rather than silently stale.</summary>
public static partial class RecordedApi
{
    /// <summary>Set to 1 to rewrite the committed recordings from the live API (RecordedResponsesTests).</summary>
    public const string RecordVariable = "SAKIP_RECORD_SITE";

    public static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Recorded");

    private static readonly Dictionary<string, string> QueriesById = Queries.Names.ToDictionary(Queries.IdOf, Queries.For);

    /// <summary>The recording of a request: a persisted GET, whose id must be one of the generator's documents.</summary>
    public static string FileName(HttpRequestMessage request)
    {
        var parameters = QueryHelpers.ParseQuery(request.RequestUri!.Query);
        var persisted = parameters.TryGetValue("id", out var id);
        Assert.True(request.Method == HttpMethod.Get && persisted, $"The generator sent {request.Method} {request.RequestUri}, not a persisted GET.");
        Assert.True(QueriesById.TryGetValue(id.ToString(), out var query), $"The generator asked for the persisted id {id}, none of its documents.");
        using var variables = JsonDocument.Parse(parameters.TryGetValue("variables", out var v) ? v.ToString() : "{}");
        return FileName(query, Canonical(variables.RootElement));
    }

    private static string FileName(string query, string variables)
    {
        var operation = OperationName().Match(query) is { Success: true } m ? m.Groups[1].Value : "query";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query + "\n" + variables)))[..12];
        return $"{operation}-{hash}.json";
    }

    static string Canonical(JsonElement variables) => variables.ValueKind != JsonValueKind.Object
        ? variables.GetRawText()
        : "{" + string.Join(",", variables.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"\"{p.Name}\":{p.Value.GetRawText()}")) + "}";

    public static string Pretty(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { WriteIndented = true }) + "\n";

    [GeneratedRegex(@"\bquery\s+(\w+)")]
    private static partial Regex OperationName();
}

/// <summary>Answers every request from the recordings; a request with no recording gets a GraphQL error naming the file.</summary>
public sealed class ReplayHandler(string folder) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var name = RecordedApi.FileName(request);
        var file = Path.Combine(folder, name);
        var body = File.Exists(file)
            ? await File.ReadAllTextAsync(file, ct)
            : JsonSerializer.Serialize(new { errors = new[] { new { message = $"No recorded response {name}; record with {RecordedApi.RecordVariable}=1 (see tests/Sakip.Tests/Site/RecordedResponsesTests.cs)" } } });
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}

/// <summary>Passes requests to the real API and keeps each answer, pretty-printed, under its recording name.</summary>
public sealed class RecordingHandler(HttpMessageHandler api) : DelegatingHandler(api)
{
    public Dictionary<string, string> Recorded { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var name = RecordedApi.FileName(request);
        var response = await base.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        lock (Recorded) Recorded[name] = RecordedApi.Pretty(WithoutExtensions(body));
        response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return response;
    }

    /// <summary>The site reads only data and errors; the cost report under extensions is the API's, tested there.</summary>
    private static string WithoutExtensions(string body)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        node.Remove("extensions");
        return node.ToJsonString();
    }
}
