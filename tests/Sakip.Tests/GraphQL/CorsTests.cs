using System.Net;
using System.Text;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>Cross-origin use of /graphql from a browser (a notebook, another site): any origin, never credentials, and
/// the rate-limit and error answers readable too.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class CorsTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private const string Origin = "https://notebook.example.org";
    private ApiFactory _api = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture);
        _client = _api.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static HttpRequestMessage Post(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", Origin);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    private static void AssertReadableCrossOrigin(HttpResponseMessage response)
    {
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        var exposed = (Header(response, "Access-Control-Expose-Headers") ?? "").Split(',', StringSplitOptions.TrimEntries);
        Assert.Subset(exposed.ToHashSet(StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(["RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Retry-After"], StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_preflight_for_a_JSON_POST_from_any_origin_is_allowed_without_credentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, accept");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        var methods = Header(response, "Access-Control-Allow-Methods")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal(["GET", "POST"], methods.Order());
        var headers = Header(response, "Access-Control-Allow-Headers")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.Equal(["accept", "content-type"], headers.Select(h => h.ToLowerInvariant()).Order());
        Assert.Equal("7200", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task A_preflight_asking_for_another_header_is_not_granted_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        var response = await _client.SendAsync(request);

        Assert.DoesNotContain("authorization", (Header(response, "Access-Control-Allow-Headers") ?? "").ToLowerInvariant());
    }

    [Fact]
    public async Task A_cross_origin_POST_is_answered_readably()
    {
        using var request = Post("""{"query":"{ regions { code } }"}""");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertReadableCrossOrigin(response);
        Assert.Contains("62.07", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cross_origin_GET_is_answered_readably()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Add("Origin", Origin);
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertReadableCrossOrigin(response);
    }

    [Fact]
    public async Task A_refused_request_still_carries_the_CORS_headers_so_the_client_can_read_why()
    {
        using var request = Post("not json");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertReadableCrossOrigin(response);
        Assert.Contains("not valid JSON", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_over_the_rate_limit_gets_429_with_CORS_headers_and_a_readable_Retry_After()
    {
        await using var api = new ApiFactory(fixture, new() { ["GraphQL:RateLimit:PermitLimit"] = "1", ["GraphQL:RateLimit:Window"] = "00:10:00" });
        var client = api.CreateClient();
        using (var first = Post("""{"query":"{ __typename }"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first)).StatusCode);
        }
        using var second = Post("""{"query":"{ __typename }"}""");
        var refused = await client.SendAsync(second);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertReadableCrossOrigin(refused);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task Only_the_GraphQL_endpoint_is_opened_to_other_origins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Add("Origin", Origin);
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }
}
