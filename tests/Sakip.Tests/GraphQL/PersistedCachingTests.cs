using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Persisted;
using Sakip.Tests.Faults;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// Persisted operations are answered by GET with an ETag of the release, 304 for a client that holds it, from an
/// in-process cache that a new release empties; any other document is never cached. On a cluster of its own, where the
/// test loads a new release under the running API.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PersistedCachingTests : IAsyncLifetime
{
    private ReleaseCluster _cluster = null!;

    private static readonly ExampleQueries.Example Coverage = ExampleQueries.All.Single(e => e.Name == "3-ppks-coverage");
    private static readonly string CoverageId = PersistedOperations.IdOf(Coverage.Query);

    public async Task InitializeAsync() => _cluster = await ReleaseCluster.StartAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private FaultApi Api() => _cluster.Api();

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?id={CoverageId}&variables={Uri.EscapeDataString(Coverage.Variables)}");
        request.Headers.Accept.ParseAdd(GraphQLHttpEndpoint.GraphQLResponseJson);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }
        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task A_persisted_GET_has_an_ETag_of_the_release_and_a_client_holding_it_gets_304()
    {
        using var api = Api();
        var client = api.CreateClient();
        using var first = await GetAsync(client);
        var body = await BodyAsync(first);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Kabupaten Uji 63.01", body.GetProperty("data").GetProperty("region").GetProperty("name").GetString());
        var release = body.GetProperty("extensions").GetProperty("release").GetProperty("id").GetString()!;
        var etag = first.Headers.ETag!.ToString();
        Assert.StartsWith($"\"{release}-", etag);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromMinutes(1), first.Headers.CacheControl.MaxAge);

        using var again = await GetAsync(client, etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal("", await again.Content.ReadAsStringAsync());
        Assert.Equal(etag, again.Headers.ETag!.ToString());

        // The same answer, now from the cache, byte for byte.
        using var cached = await GetAsync(client);
        Assert.Equal(body.ToString(), (await BodyAsync(cached)).ToString());
        Assert.Equal(1, api.Services.GetRequiredService<PersistedAnswers>().Count);

        // The same document posted is an analyst's request: executed, never cached.
        var posted = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new
        {
            query = Coverage.Query,
            variables = JsonDocument.Parse(Coverage.Variables).RootElement,
        }), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(posted.Headers.CacheControl!.NoStore);
        Assert.Null(posted.Headers.ETag);
        Assert.Equal(release, (await BodyAsync(posted)).GetProperty("extensions").GetProperty("release").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_new_release_changes_the_ETag_and_empties_the_cache()
    {
        using var api = Api();
        var client = api.CreateClient();
        using var first = await GetAsync(client);
        var etag = first.Headers.ETag!.ToString();
        var release = (await BodyAsync(first)).GetProperty("extensions").GetProperty("release").GetProperty("id").GetString();

        await _cluster.ChangeAsync("t-lkjip/document.yaml", "name: Kabupaten Uji 63.01", "name: Kabupaten Uji Baru");

        using var after = await GetAsync(client, etag);
        var body = await BodyAsync(after);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Kabupaten Uji Baru", body.GetProperty("data").GetProperty("region").GetProperty("name").GetString());
        var newRelease = body.GetProperty("extensions").GetProperty("release").GetProperty("id").GetString();
        Assert.NotEqual(release, newRelease);
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
        Assert.StartsWith($"\"{newRelease}-", after.Headers.ETag!.ToString());

        var graph = await api.CreateGraphQLClient().QueryAsync("{ release { id documents documentsLoaded } }");
        Assert.Equal(newRelease, graph.GetProperty("release").GetProperty("id").GetString());
        Assert.Equal(1, graph.GetProperty("release").GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task An_answer_past_the_cache_bound_is_served_but_not_kept()
    {
        using var api = _cluster.Api(new() { ["GraphQL:PersistedCacheBytes"] = "1024" });
        var client = api.CreateClient();
        using var first = await GetAsync(client);
        using var second = await GetAsync(client);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await BodyAsync(first)).ToString(), (await BodyAsync(second)).ToString());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(0, api.Services.GetRequiredService<PersistedAnswers>().Count);
    }

    [Fact]
    public async Task An_unknown_persisted_id_is_a_bad_request_naming_it()
    {
        using var api = Api();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?id=0123abcd");
        request.Headers.Accept.ParseAdd(GraphQLHttpEndpoint.GraphQLResponseJson);
        using var response = await api.CreateClient().SendAsync(request);
        var body = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'0123abcd'", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Null(response.Headers.ETag);
    }
}
