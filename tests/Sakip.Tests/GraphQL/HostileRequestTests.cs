using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Sakip.Api.GraphQL;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// Requests an attacker would send, each refused with its status, a code from the closed list and a message naming
/// the limit or the argument, quickly and before the database is asked; the API stays healthy after every one.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class HostileRequestTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private ApiFactory _api = null!;
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture);
        _http = _api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    internal static async Task<(HttpStatusCode Status, string Code, string Message, JsonElement Body)> PostRawAsync(HttpClient http, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        // The modern media type, under which a request that cannot run is a 400 (application/json keeps a legacy 200).
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var error = body.TryGetProperty("errors", out var errors) ? errors[0] : default;
        var code = error.ValueKind == JsonValueKind.Object ? error.GetProperty("extensions").GetProperty("code").GetString()! : "";
        var message = error.ValueKind == JsonValueKind.Object ? error.GetProperty("message").GetString()! : "";
        if (body.TryGetProperty("errors", out var all))
        {
            foreach (var e in all.EnumerateArray())
            {
                var c = e.GetProperty("extensions").GetProperty("code").GetString()!;
                Assert.True(ErrorCodes.All.Contains(c), $"error code {c} is not in the documented list: {e}");
            }
        }
        return (response.StatusCode, code, message, body);
    }

    private Task<(HttpStatusCode Status, string Code, string Message, JsonElement Body)> PostAsync(string query, object? variables = null) =>
        PostRawAsync(_http, JsonSerializer.Serialize(new { query, variables }));

    private async Task AssertRefusedAsync(string query, HttpStatusCode status, string code, string message, object? variables = null)
    {
        var clock = Stopwatch.StartNew();
        var answer = await PostAsync(query, variables);
        Assert.Equal(status, answer.Status);
        Assert.Equal(code, answer.Code);
        Assert.Contains(message, answer.Message);
        Assert.False(answer.Body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "a refused request has no data");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refused after {clock.Elapsed}");
        await AssertHealthyAsync();
    }

    private async Task AssertHealthyAsync()
    {
        var clock = Stopwatch.StartNew();
        var health = await _http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"/healthz took {clock.Elapsed}");
    }

    /// <summary>Fragments that each spread the previous one twice: 2^levels fields from a document of a few kilobytes.</summary>
    private static string FragmentFanOut(int levels)
    {
        var text = new StringBuilder("query { ...F" + levels + " }\nfragment F0 on Query { regions { code } }\n");
        for (var i = 1; i <= levels; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}\n");
        }
        return text.ToString();
    }

    [Theory]
    [InlineData(28)]
    [InlineData(30)]
    [InlineData(50)]
    public async Task Fragment_fan_out_is_refused_by_its_expanded_field_count_before_validation(int levels) =>
        await AssertRefusedAsync(FragmentFanOut(levels), HttpStatusCode.BadRequest, ErrorCodes.LimitExceeded,
            "once its fragments are spread; the maximum allowed on this endpoint is 2000 (GraphQL:MaxFields)");

    [Fact]
    public async Task Fifteen_hundred_aliases_of_one_field_are_refused_by_the_field_count() =>
        await AssertRefusedAsync("{ " + string.Concat(Enumerable.Range(1, 1500).Select(i => $"a{i}: regions {{ code }} ")) + "}",
            HttpStatusCode.BadRequest, ErrorCodes.LimitExceeded, "(GraphQL:MaxFields)");

    /// <summary>Plain lists nested within the depth limit: such a query passed the old estimate (3 items a list), ran 20 s
    /// and grew the process to 3 GB.</summary>
    private const string DeepListQuery =
        "{ regions { agencies { documents { tables { document { tables { document { tables { document { tables { document { tables { key } } } } } } } } } } } } }";

    [Fact]
    public async Task A_deep_plain_list_query_is_refused_by_its_cost_estimate()
    {
        var answer = await PostAsync(DeepListQuery);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.LimitExceeded, answer.Code);
        Assert.Contains("the maximum allowed on this endpoint is 500000 (GraphQL:MaxComplexity)", answer.Message);
        var cost = answer.Body.GetProperty("extensions").GetProperty("cost");
        Assert.True(cost.GetProperty("estimated").GetDouble() > 500_000);
        Assert.Equal(500_000, cost.GetProperty("limit").GetInt32());
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task Nesting_deeper_than_the_depth_limit_is_refused() =>
        await AssertRefusedAsync("{ regions { agencies { planTree(year: 2026) { " + string.Concat(Enumerable.Repeat("children { ", 14)) + "key" +
            new string('}', 14 + 3) + " }", HttpStatusCode.BadRequest, ErrorCodes.LimitExceeded, "(GraphQL:MaxDepth)");

    [Theory]
    [InlineData("{ indicators(search: \"a\\u0000b\") { totalCount } }", "Argument 'search' of 'indicators' contains a NUL character")]
    [InlineData("{ indicators(search: \"a\\ud800b\") { totalCount } }", "Argument 'search' of 'indicators' contains a lone surrogate (U+D800)")]
    [InlineData("{ region(code: \"\\udc00\") { name } }", "Argument 'code' of 'region' contains a lone surrogate (U+DC00)")]
    public async Task Text_the_database_cannot_store_is_refused_naming_the_argument(string query, string message) =>
        await AssertRefusedAsync(query, HttpStatusCode.BadRequest, ErrorCodes.InvalidArgument, message);

    [Fact]
    public async Task A_NUL_in_a_variable_is_refused_naming_the_variable() =>
        await AssertRefusedAsync("query($q: String) { indicators(search: $q) { totalCount } }", HttpStatusCode.BadRequest, ErrorCodes.InvalidArgument,
            "Variable '$q' contains a NUL character (U+0000)", new { q = "pmks\0" });

    [Fact]
    public async Task A_lone_surrogate_in_a_variable_is_refused_as_invalid_JSON_text()
    {
        // JSON text cannot carry a lone surrogate as a string either: the body is refused before the variables are read.
        var answer = await PostRawAsync(_http, "{\"query\":\"query($q: String) { indicators(search: $q) { totalCount } }\",\"variables\":{\"q\":\"x\\ud800\"}}");
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BadRequest, answer.Code);
        Assert.Contains("not valid JSON", answer.Message);
        await AssertHealthyAsync();
    }

    [Fact]
    public async Task An_after_cursor_at_the_Int_maximum_is_refused_as_a_foreign_cursor()
    {
        var cursor = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"offset:{int.MaxValue}"));
        await AssertRefusedAsync($"{{ documents(after: \"{cursor}\") {{ totalCount items {{ key }} }} }}", HttpStatusCode.BadRequest,
            ErrorCodes.InvalidArgument, "'after' is not a cursor of this connection");
    }

    [Theory]
    [InlineData("{ indicators(first: 101) { totalCount } }", ErrorCodes.InvalidArgument, "'first' must be between 0 and 100")]
    [InlineData("{ indicators(first: 99999999999) { totalCount } }", ErrorCodes.ValidationError, "first")]
    [InlineData("{ node(id: \"garbage\") { id } }", ErrorCodes.InvalidArgument, "not an id this API issued")]
    [InlineData("{ regions { nonsense } }", ErrorCodes.ValidationError, "nonsense")]
    [InlineData("{ regions { code ", ErrorCodes.SyntaxError, "Syntax error")]
    [InlineData("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", ErrorCodes.ValidationError, "A")]
    [InlineData("query($y: Int!) { region(code: \"63.01\") { ppks(year: $y) { bidang } } }", ErrorCodes.InvalidVariable, "$y")]
    [InlineData("{ findings(kinds: [NOT_A_KIND]) { totalCount } }", ErrorCodes.ValidationError, "NOT_A_KIND")]
    public async Task Malformed_queries_get_400_with_a_documented_code(string query, string code, string message) =>
        await AssertRefusedAsync(query, HttpStatusCode.BadRequest, code, message);

    [Theory]
    [InlineData("[{\"query\":\"{ regions { code } }\"},{\"query\":\"{ regions { code } }\"}]", "JSON object")]
    [InlineData("{\"query\":42}", "'query' must be a JSON string")]
    [InlineData("{\"query\":\"{ regions { code } }\",\"variables\":[1]}", "'variables' must be a JSON object")]
    [InlineData("{\"query\":", "not valid JSON")]
    public async Task Malformed_bodies_and_batches_get_400_BAD_REQUEST(string body, string message)
    {
        var answer = await PostRawAsync(_http, body);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BadRequest, answer.Code);
        Assert.Contains(message, answer.Message);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        var answer = await PostRawAsync(_http, JsonSerializer.Serialize(new { query = "{ regions { code } }" + new string(' ', 70_000) }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal(ErrorCodes.LimitExceeded, answer.Code);
        Assert.Contains("65536 bytes (GraphQL:MaxRequestBytes)", answer.Message);
    }

    [Fact]
    public async Task Every_answer_reports_its_cost_and_the_estimate_bounds_the_result_nodes()
    {
        var answer = await PostAsync("{ regions { code agencies { name indicators { name } } } }");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var cost = answer.Body.GetProperty("extensions").GetProperty("cost");
        var nodes = cost.GetProperty("resultNodes").GetInt64();
        Assert.True(nodes > 100, $"{nodes} result nodes");
        Assert.True(cost.GetProperty("estimated").GetDouble() >= nodes, cost.ToString());
        Assert.Equal(500_000, cost.GetProperty("resultNodeLimit").GetInt32());
    }

    [Fact]
    public async Task A_cost_only_request_is_estimated_and_not_executed()
    {
        var answer = await PostRawAsync(_http, "{\"query\":\"{ regions { code agencies { name } } }\",\"extensions\":{\"costOnly\":true}}");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.False(answer.Body.TryGetProperty("errors", out _));
        Assert.Equal(JsonValueKind.Null, answer.Body.GetProperty("data").ValueKind);
        var cost = answer.Body.GetProperty("extensions").GetProperty("cost");
        Assert.True(cost.GetProperty("estimated").GetDouble() >= 5);
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("resultNodes").ValueKind);
    }

    [Fact]
    public async Task The_process_memory_stays_bounded_after_the_hostile_requests()
    {
        foreach (var query in new[] { FragmentFanOut(40), DeepListQuery })
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(query)).Status);
            }
        }
        // A large answer the limits let through (one region's tables nested three deep), five times.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync("{ region(code: \"63.01\") { agencies { documents { tables { document { tables { document { tables { key } } } } } } } } }")).Status);
        }
        await AssertHealthyAsync();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(managed < 512L * 1024 * 1024, $"managed heap {managed / 1048576} MB after the hostile requests");
    }
}
