using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Limits;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// The cost estimate is an upper bound only if every list of the schema has a size: a new list field without one
/// fails here. And over the seed, every example query's estimate is at least the result nodes it answered.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ListSizeTests(DatabaseFixture fixture) : IAsyncLifetime
{
    private ApiFactory _api = null!;

    public Task InitializeAsync()
    {
        _api = new ApiFactory(fixture);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public void Every_plain_list_field_of_the_schema_has_a_size()
    {
        var schema = _api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var covered = ListSizes.Covered.ToHashSet(StringComparer.Ordinal);
        var unsized = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            // A connection's items and edges are sized by its first/last.
            if (type.Name.EndsWith("Connection", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var field in type.Fields)
            {
                var resolved = field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType;
                if (resolved is ListGraphType && !covered.Contains($"{type.Name}.{field.Name}"))
                {
                    unsized.Add($"{type.Name}.{field.Name}");
                }
            }
        }
        Assert.True(unsized.Count == 0, "list fields without a size in api/GraphQL/Limits/ListSizes.cs: " + string.Join(", ", unsized));
    }

    [Theory]
    [InlineData("Query.regions", "SELECT count(*) FROM regions")]
    [InlineData("Agency.indicators", "SELECT max(c) FROM (SELECT count(*) c FROM indicators GROUP BY region_id, agency_id) t")]
    [InlineData("Indicator.figures(year)", "SELECT max(c) FROM (SELECT count(*) c FROM indicator_figures GROUP BY region_id, indicator_id, year) t")]
    [InlineData("Indicator.history", "SELECT max(c) FROM (SELECT count(DISTINCT year) c FROM indicator_figures GROUP BY region_id, indicator_id) t")]
    [InlineData("PlanNode.children", "SELECT max(c) FROM (SELECT count(*) c FROM plan_nodes WHERE parent_id IS NOT NULL GROUP BY region_id, parent_id) t")]
    [InlineData("SourceRow.cells", "SELECT max(CASE jsonb_typeof(cells) WHEN 'array' THEN jsonb_array_length(cells) WHEN 'object' THEN (SELECT count(*) FROM jsonb_object_keys(cells)) END) FROM source_rows")]
    public async Task The_sizes_the_loader_stored_per_region_are_what_the_whole_tables_give(string field, string wholeTables)
    {
        var sizes = await _api.Services.GetRequiredService<ListSizes>().GetAsync(CancellationToken.None);
        await using var connection = new Npgsql.NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(wholeTables, connection);
        var expected = Convert.ToDouble(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expected > 1, $"{field}: the seed should give a size above 1 for this test to mean something");
        Assert.Equal(expected, sizes[field]);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task An_example_querys_estimate_bounds_the_result_nodes_it_answers(string name)
    {
        var example = ExampleQueries.All.Single(e => e.Name == name);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = example.Query, variables = JsonDocument.Parse(example.Variables).RootElement }),
                System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await _api.CreateClient().SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var cost = body.GetProperty("extensions").GetProperty("cost");
        var nodes = cost.GetProperty("resultNodes").GetInt64();
        Assert.True(nodes > 0);
        Assert.True(cost.GetProperty("estimated").GetDouble() >= nodes, $"{name}: {cost}");
    }

    [Fact]
    public async Task GraphiQLs_introspection_query_passes_and_its_estimate_bounds_its_answer()
    {
        // The query GraphiQL sends, from the graphql npm package the tests pin (never a copy in this repository).
        var start = new System.Diagnostics.ProcessStartInfo("node", ["-e", "process.stdout.write(require('graphql').getIntrospectionQuery())"])
        {
            WorkingDirectory = GraphQLHttpAuditTests.TestProject,
            RedirectStandardOutput = true,
        };
        using var node = System.Diagnostics.Process.Start(start)!;
        var query = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.Contains("__schema", query);

        var answer = await HostileRequestTests.PostRawAsync(_api.CreateClient(), JsonSerializer.Serialize(new { query }));
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        Assert.False(answer.Body.TryGetProperty("errors", out _), answer.Body.ToString());
        var cost = answer.Body.GetProperty("extensions").GetProperty("cost");
        Assert.True(cost.GetProperty("estimated").GetDouble() >= cost.GetProperty("resultNodes").GetInt64(), cost.ToString());
    }

    public static TheoryData<string> Examples() => new(ExampleQueries.All.Select(e => e.Name));
}
