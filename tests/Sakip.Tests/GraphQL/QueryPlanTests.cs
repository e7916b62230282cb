using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sakip.Api.Data;
using Sakip.Api.GraphQL;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// Every statement the example queries send finds its rows through region-keyed indexes: each is EXPLAINed as the API's
/// read connections run it, as a generic plan (made once per prepared statement, whatever the values) with sequential
/// scans, hash and merge joins disabled (<see cref="DatabaseDataSources.ReadPlannerOptions"/>), so the plan shows a scan without region_id
/// only where no index serves the statement, whatever the size of the data (on a national database such a statement
/// reads a whole table per request).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class QueryPlanTests(DatabaseFixture fixture)
{
    /// <summary>Tables small by nature: a row per region or per load, or a few dozen per region (the list sizes, read once a release).</summary>
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal) { "regions", "region_capaian_scales", "seed_loads", "region_list_sizes" };

    public static TheoryData<string> Examples => new(ExampleQueries.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_statement_of_an_example_query_is_served_by_an_index(string name)
    {
        var example = ExampleQueries.All.Single(e => e.Name == name);
        await using var api = new ApiFactory(fixture);
        var counter = api.Services.GetRequiredService<SqlCommandCounter>();
        var recorded = new ConcurrentQueue<RecordedCommand>();
        counter.Recorded = recorded;
        await api.CreateGraphQLClient().QueryAsync(example.Query, JsonDocument.Parse(example.Variables).RootElement);
        counter.Recorded = null;
        Assert.NotEmpty(recorded);

        // On a connection of the API's own read pool: its planner settings, so the plans below are the ones it runs.
        await using var sources = DatabaseDataSources.Create(fixture.ConnectionString, new DatabaseOptions { MaxPoolSize = 1 });
        await using var connection = await sources.Reads.OpenConnectionAsync();
        var scans = new List<string>();
        foreach (var (command, n) in recorded.DistinctBy(c => c.Sql).Select((c, n) => (c, n)))
        {
            // The plan made once and kept for every later execution, whatever the values: the generic plan of a prepared
            // statement (PostgreSQL 15 has no EXPLAIN GENERIC_PLAN; EXECUTE with any values shows it).
            var sql = command.Parameters.Select((p, i) => (p.Name, i)).OrderByDescending(p => p.Name.Length)
                .Aggregate(command.Sql, (text, p) => text.Replace("@" + p.Name.TrimStart('@'), "$" + (p.i + 1), StringComparison.Ordinal));
            await using (var prepare = new NpgsqlCommand($"PREPARE plan_check_{n} AS {sql}", connection))
            {
                await prepare.ExecuteNonQueryAsync();
            }
            var values = string.Join(", ", command.Parameters.Select(_ => "NULL"));
            await using var explain = new NpgsqlCommand($"EXPLAIN (FORMAT JSON) EXECUTE plan_check_{n}{(values.Length > 0 ? $"({values})" : "")}", connection);
            var plan = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!).RootElement[0].GetProperty("Plan");
            foreach (var problem in Problems(plan))
            {
                scans.Add($"{problem}: {command.Sql}");
            }
        }
        Assert.True(scans.Count == 0, $"{name}: statements that read a large table without its region key:\n\n{string.Join("\n\n", scans)}");
    }

    /// <summary>
    /// Scans of a large table that do not go through its region: a sequential scan, or an index scan whose condition
    /// leaves out region_id (PostgreSQL may walk a whole index when no scan fits, which is as slow at scale).
    /// </summary>
    private static IEnumerable<string> Problems(JsonElement node)
    {
        var type = node.GetProperty("Node Type").GetString();
        var table = node.TryGetProperty("Relation Name", out var r) ? r.GetString() : null;
        var index = node.TryGetProperty("Index Name", out var i) ? i.GetString() : null;
        var small = table is not null ? Small.Contains(table) : index is not null && Small.Any(t => index.EndsWith("_" + t, StringComparison.Ordinal) || index.Contains("_" + t + "_", StringComparison.Ordinal));
        if (!small && type == "Seq Scan")
        {
            yield return $"Seq Scan on {table}";
        }
        if (!small && type is "Index Scan" or "Index Only Scan" or "Bitmap Index Scan"
            && !(node.TryGetProperty("Index Cond", out var condition) && condition.GetString()!.Contains("region_id", StringComparison.Ordinal)))
        {
            yield return $"{type} using {index} without region_id ({(node.TryGetProperty("Index Cond", out var c) ? c.GetString() : "no condition")})";
        }
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                foreach (var problem in Problems(child))
                {
                    yield return problem;
                }
            }
        }
    }
}
