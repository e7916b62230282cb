using System.Net;
using System.Text;
using System.Text.Json;

namespace Sakip.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to the in-memory API and reads the answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public sealed record Answer(HttpResponseMessage Response, JsonElement Body)
    {
        public JsonElement Data => Body.GetProperty("data");

        /// <summary>The error messages, one a line; empty when there are none.</summary>
        public string Errors => Body.TryGetProperty("errors", out var errors)
            ? string.Join("\n", errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()))
            : "";
    }

    public async Task<Answer> SendAsync(string query, object? variables = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        // The spec's media type, whose status codes the tests check (without it the API answers application/json).
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await http.SendAsync(request);
        return new Answer(response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>Runs a query that must succeed: 200 and no errors.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var answer = await SendAsync(query, variables);
        Assert.True(answer.Response.StatusCode == HttpStatusCode.OK && answer.Errors == "", $"{answer.Response.StatusCode}: {answer.Body}");
        return answer.Data;
    }

    /// <summary>Indented JSON of the data, for snapshots.</summary>
    public static string Pretty(JsonElement element) =>
        JsonSerializer.Serialize(element, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
