using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.Data;
using Sakip.Api.GraphQL;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// The analysts' main queries each reach the database in at most three SQL statements, once the release's reference
/// data (regions and their agencies) is in memory: their figures come from read models computed at load time. With the
/// read cache off, so every request is measured as a first one of its release (<see cref="ReadCacheTests"/> shows the
/// cache's part).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class StatementCountTests(DatabaseFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private ApiFactory _api = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture, new() { ["ReadCache:MaxItems"] = "0" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    public static TheoryData<string> MainQueries => new("1-capaian-iku", "3-ppks-coverage", "5-rak-targets-and-budget");

    [Theory]
    [MemberData(nameof(MainQueries))]
    public async Task A_main_analyst_query_sends_at_most_three_statements(string name)
    {
        var example = ExampleQueries.All.Single(e => e.Name == name);
        var variables = JsonDocument.Parse(example.Variables).RootElement;
        var client = _api.CreateGraphQLClient();
        // The first answer may read what a release keeps in memory; the second is what every later request costs.
        var first = await client.QueryAsync(example.Query, variables);
        var counter = _api.Services.GetRequiredService<SqlCommandCounter>();
        var recorded = new ConcurrentQueue<RecordedCommand>();
        counter.Recorded = recorded;
        var second = await client.QueryAsync(example.Query, variables);
        counter.Recorded = null;

        output.WriteLine(string.Join("\n\n", recorded.Select(c => c.Sql)));
        Assert.Equal(first.GetRawText(), second.GetRawText());
        Assert.True(recorded.Count <= 3, $"{name} sent {recorded.Count} statements:\n\n{string.Join("\n\n", recorded.Select(c => c.Sql))}");
    }
}
