using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP behaviours of /graphql, against the run's seeded database.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class GraphQLTransportTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private ApiFactory _api = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture);
        _client = _api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }
        var response = await _client.SendAsync(request);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private const string GraphQLResponseJson = "application/graphql-response+json";

    [Fact]
    public async Task A_query_by_POST_asking_for_graphql_response_json_gets_it()
    {
        var (response, body) = await PostAsync("""{"query":"{ regions { code name } }"}""", GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.Content.Headers.ContentType!.MediaType);
        var codes = body.GetProperty("data").GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal(["62.07", "63.01"], codes);
    }

    [Fact]
    public async Task A_client_that_asks_for_application_json_gets_it()
    {
        var (response, _) = await PostAsync("""{"query":"{ __typename }"}""", "application/json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    // GraphQL over HTTP: a client stating no preference gets application/json (graphql-http audits 47DE and 80D8).
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("text/html, */*;q=0.8", "application/json")]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("*/*;q=0.1, application/graphql-response+json", GraphQLResponseJson)]
    public async Task The_response_media_type_follows_the_Accept_header(string? accept, string expected)
    {
        var (response, body) = await PostAsync("""{"query":"{ __typename }"}""", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_query_by_GET_is_answered_with_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query A { __typename } query B($show: Boolean!) { regions @include(if: $show) { code } }");
        var variables = Uri.EscapeDataString("""{"show":true}""");
        var response = await _client.GetAsync($"/graphql?query={query}&operationName=B&variables={variables}");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("data").GetProperty("regions").GetArrayLength());
    }

    [Fact]
    public async Task A_mutation_by_GET_is_refused_with_405()
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1,2]", "JSON object")]
    [InlineData("""{"variables":{}}""", "no 'query'")]
    [InlineData("""{"query":42}""", "'query' must be a JSON string")]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""", "'variables' must be a JSON object")]
    public async Task A_malformed_request_gets_400_with_a_message_naming_the_problem(string body, string message)
    {
        var (response, json) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_syntax_error_is_400_with_graphql_response_json_and_200_with_application_json_or_no_Accept()
    {
        var (strict, strictBody) = await PostAsync("""{"query":"{ regions { "}""", GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.False(strictBody.TryGetProperty("data", out _));
        var (legacy, _) = await PostAsync("""{"query":"{ regions { "}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        var (unstated, _) = await PostAsync("""{"query":"{ regions { "}""");
        Assert.Equal(HttpStatusCode.OK, unstated.StatusCode);
    }

    [Fact]
    public async Task A_validation_error_is_400_with_graphql_response_json()
    {
        var (response, body) = await PostAsync("""{"query":"{ noSuchField }"}""", GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("noSuchField", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413_naming_the_limit()
    {
        var padding = new string(' ', 70_000);
        var (response, body) = await PostAsync($$"""{"query":"{ __typename }{{padding}}"}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("65536 bytes", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_refused_with_400_naming_the_limit()
    {
        var levels = new[] { "__schema", "types", "fields", "type" }.Concat(Enumerable.Repeat("ofType", 14)).ToList();
        var nested = "{ " + string.Join(" { ", levels) + " { name" + string.Concat(Enumerable.Repeat(" }", levels.Count)) + " }";
        var (response, body) = await PostAsync(JsonSerializer.Serialize(new { query = nested }), GraphQLResponseJson);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("15", body.GetProperty("errors")[0].GetProperty("message").GetString());
        // The API stays healthy after it.
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Another_content_type_is_refused_with_415()
    {
        var response = await _client.PostAsync("/graphql", new StringContent("{ __typename }", Encoding.UTF8, "application/graphql"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_Accept_header_allowing_no_JSON_is_refused_with_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("""{"query":"{ __typename }"}""") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_GraphiQL_with_the_example_queries()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        // Its files come from the API (GraphiQLAssetsTests checks them).
        Assert.Contains("src=\"/graphql/assets/graphiql.min.js?v=", html);
        Assert.Contains("query CapaianIku", html);
    }
}
