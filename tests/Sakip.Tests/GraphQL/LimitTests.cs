using System.Net;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>The public endpoint's limits: every rejection is a GraphQL error with a 4xx status naming the limit, and the API stays healthy.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class LimitTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private ApiFactory _api = null!;
    private GraphQLClient _client = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture);
        _client = _api.CreateGraphQLClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task AssertRefusedAsync(string query, string message, object? variables = null)
    {
        var answer = await _client.SendAsync(query, variables);
        Assert.Equal(HttpStatusCode.BadRequest, answer.Response.StatusCode);
        Assert.Contains(message, answer.Errors);
        Assert.False(answer.Body.TryGetProperty("data", out _), "a refused request has no data");
    }

    [Theory]
    [InlineData("{ indicators(first: 101) { totalCount } }", "'first' must be between 0 and 100 (the maximum page size); it was 101")]
    [InlineData("{ findings(last: 5000) { totalCount } }", "'last' must be between 0 and 100 (the maximum page size); it was 5000")]
    [InlineData("{ agencies(first: -1) { totalCount } }", "'first' must be between 0 and 100")]
    [InlineData("{ documents(after: \"not-a-cursor\") { totalCount } }", "'after' is not a cursor of this connection")]
    [InlineData("{ node(id: \"garbage\") { id } }", "not an id this API issued")]
    public async Task A_request_over_a_page_size_or_with_a_foreign_cursor_or_id_is_refused_before_execution(string query, string message) =>
        await AssertRefusedAsync(query, message);

    [Fact]
    public async Task A_page_size_in_a_variable_is_checked_too() =>
        await AssertRefusedAsync("query($n: Int) { indicators(first: $n) { totalCount } }", "it was 500", new { n = 500 });

    [Fact]
    public async Task More_than_100_ids_are_refused()
    {
        var ids = Enumerable.Range(1, 101).Select(i => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Agency:1:{i}"))).ToArray();
        await AssertRefusedAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "'ids' may hold at most 100 ids; it held 101", new { ids });
    }

    [Fact]
    public async Task A_query_over_the_complexity_limit_is_refused_naming_the_limit()
    {
        // 50 pages of 100 indicators, each with its figures and their sources: far beyond what one request may cost.
        var query = "{ " + string.Concat(Enumerable.Range(1, 50).Select(i =>
            $"p{i}: indicators(first: 100) {{ items {{ figures {{ published source {{ cells {{ column text }} table {{ key }} }} }} }} }} ")) + "}";
        await AssertRefusedAsync(query, "the maximum allowed on this endpoint is 500000 (GraphQL:MaxComplexity)");
    }

    [Fact]
    public async Task Connections_page_forwards_and_backwards_with_cursors()
    {
        var first = await _client.QueryAsync("{ findings(first: 10) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } items { id } } }");
        var page = first.GetProperty("findings");
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var cursor = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var next = (await _client.QueryAsync("query($after: String) { findings(first: 10, after: $after) { pageInfo { hasPreviousPage startCursor } items { id } } }",
            new { after = cursor })).GetProperty("findings");
        Assert.True(next.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var firstIds = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        var nextIds = next.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Empty(firstIds.Intersect(nextIds));

        var back = (await _client.QueryAsync("query($before: String) { findings(last: 3, before: $before) { items { id } } }",
            new { before = next.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).GetProperty("findings");
        Assert.Equal(firstIds[^3..], back.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList());

        var total = page.GetProperty("totalCount").GetInt32();
        var last = (await _client.QueryAsync("{ findings(last: 2) { pageInfo { hasNextPage } items { id } } }")).GetProperty("findings");
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, last.GetProperty("items").GetArrayLength());
        Assert.True(total > 10);
    }

    [Fact]
    public async Task Hostile_requests_get_no_5xx_and_the_API_stays_healthy()
    {
        string[] hostile =
        [
            "{ node(id: \"" + new string('A', 5000) + "\") { id } }",
            "{ indicators(search: \"%_\\\\\") { totalCount } }",
            "{ region(code: \"'; DROP TABLE regions; --\") { name } }",
            "query($y: Int!) { region(code: \"63.01\") { ppks(year: $y) { bidang } } }",
            "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }",
            "{ findings(kinds: [NOT_A_KIND]) { totalCount } }",
        ];
        foreach (var query in hostile)
        {
            var answer = await _client.SendAsync(query);
            Assert.True((int)answer.Response.StatusCode < 500, $"{query[..Math.Min(80, query.Length)]}: {answer.Response.StatusCode}");
        }
        var health = await _api.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var regions = await _client.QueryAsync("{ regions { code } }");
        Assert.Equal(2, regions.GetProperty("regions").GetArrayLength());
    }
}
