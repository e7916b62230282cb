using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.Data;
using Sakip.Api.GraphQL;
using Sakip.Tests.Faults;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// What the loaders read is kept for the release it was read in: the same query asked again is answered without a
/// statement and with the same bytes, and a new release is read from the database, never from the old release's
/// values. On a cluster of its own, where the test loads a new release under the running API.
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class ReadCacheTests : IAsyncLifetime
{
    private ReleaseCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await ReleaseCluster.StartAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private FaultApi Api(Dictionary<string, string?>? settings = null) => _cluster.Api(settings);

    /// <summary>Runs an example query and returns its data with the SQL statements it sent.</summary>
    private static async Task<(string Data, int Statements)> RunAsync(FaultApi api, string example)
    {
        var query = ExampleQueries.All.Single(e => e.Name == example);
        var counter = api.Services.GetRequiredService<SqlCommandCounter>();
        var recorded = new ConcurrentQueue<RecordedCommand>();
        counter.Recorded = recorded;
        var data = await api.CreateGraphQLClient().QueryAsync(query.Query, JsonDocument.Parse(query.Variables).RootElement);
        counter.Recorded = null;
        return (data.GetRawText(), recorded.Count);
    }

    [Theory]
    [InlineData("1-capaian-iku")]
    [InlineData("3-ppks-coverage")]
    [InlineData("2-budget-absorption-per-program")]
    public async Task The_same_query_of_a_release_asked_again_sends_no_statement_and_gives_the_same_answer(string example)
    {
        using var api = Api();
        var first = await RunAsync(api, example);
        var again = await RunAsync(api, example);

        Assert.True(first.Statements > 0, $"{example}: the first answer sent no statement");
        Assert.Equal(0, again.Statements);
        Assert.Equal(first.Data, again.Data);
    }

    [Fact]
    public async Task A_persisted_operation_leaves_the_read_cache_alone()
    {
        using var api = Api();
        var example = ExampleQueries.All.Single(e => e.Name == "3-ppks-coverage");
        var get = await api.CreateClient().GetAsync(
            $"/graphql?id={Sakip.Api.GraphQL.Persisted.PersistedOperations.IdOf(example.Query)}&variables={Uri.EscapeDataString(example.Variables)}");
        Assert.Equal(System.Net.HttpStatusCode.OK, get.StatusCode);

        // Its answer is kept whole; the same document posted reads the database the first time.
        Assert.True((await RunAsync(api, "3-ppks-coverage")).Statements > 0);
    }

    [Fact]
    public async Task With_the_cache_off_every_request_reads_the_database()
    {
        using var api = Api(new() { ["ReadCache:MaxItems"] = "0" });
        var first = await RunAsync(api, "3-ppks-coverage");
        var again = await RunAsync(api, "3-ppks-coverage");

        Assert.Equal(first.Statements, again.Statements);
        Assert.Equal(first.Data, again.Data);
    }

    [Fact]
    public async Task A_new_release_is_read_from_the_database_not_from_the_old_release_s_values()
    {
        using var api = Api();
        var before = await RunAsync(api, "3-ppks-coverage");
        Assert.Equal("47", Terdata(before.Data, "Anak Terlantar"));

        await _cluster.ChangeAsync("t-lkjip/T-PPKS-REKAP-2022.csv", ",anak-terlantar,47,", ",anak-terlantar,48,");

        var after = await RunAsync(api, "3-ppks-coverage");
        Assert.True(after.Statements > 0, "the new release was answered without reading the database");
        Assert.Equal("48", Terdata(after.Data, "Anak Terlantar"));
        Assert.Equal(0, (await RunAsync(api, "3-ppks-coverage")).Statements);
    }

    private static string? Terdata(string data, string category) =>
        JsonDocument.Parse(data).RootElement.GetProperty("region").GetProperty("ppks").EnumerateArray()
            .Single(p => p.GetProperty("category").GetProperty("name").GetString() == category)
            .GetProperty("terdata").GetProperty("published").GetString();
}
