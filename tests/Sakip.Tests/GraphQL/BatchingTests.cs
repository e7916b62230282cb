using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.Data;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>The batch loaders: the SQL commands of a query grow with its depth, not with the rows it returns.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class BatchingTests(DatabaseFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private ApiFactory _api = null!;
    private GraphQLClient _client = null!;

    public Task InitializeAsync()
    {
        // The whole-seed query counts its lists at their largest (about 660.000 fields); what is measured here is the SQL,
        // so every request reads the database (no read cache).
        _api = new ApiFactory(fixture, new() { ["GraphQL:MaxComplexity"] = "10000000", ["ReadCache:MaxItems"] = "0" });
        _client = _api.CreateGraphQLClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    // Every level of the seed: regions, agencies, documents with tables and findings, the plan trees of both
    // documents four levels down with indicators, targets, capaian and budgets, sources, statistics.
    private const string Selection = """
        code
        capaianScale { name }
        ppks(year: 2022) { category { name } terdata { published source { lineFrom } } coverage { value } }
        psks(year: 2025) { type count { published } }
        agencies {
          name
          units { name parent { name } officials { name } }
          documents { key tables { key } findings { kind statedRow { lineFrom table { key } } } }
          staffPositions { position pns { published } }
          aidDistribution { kecamatan recipients { published } }
          budget(year: 2026) { programsPagu }
          t2026: planTree(year: 2026) { ...Tree }
          t2022: planTree(year: 2022) { ...Tree }
          planNodes { key parent { key } budget(year: 2022) { rolledUpPagu absorption { value } } }
        }
        """;

    private const string Fragment = """
        fragment Tree on PlanNode {
          name
          children { name children { name children { name children {
            name
            budget(year: 2026) { pagu { published source { table { key } } } planned { published } }
            indicators {
              name
              responsibleOfficials { name }
              targets { published source { lineFrom table { document { key } } } }
              capaian(year: 2022) { value category }
              history { year }
            }
          } } } }
        }
        """;

    private async Task<(long Commands, int Rows)> MeasureAsync(string query)
    {
        var counter = _api.Services.GetRequiredService<SqlCommandCounter>();
        var before = counter.Count;
        var data = await _client.QueryAsync(query);
        return (counter.Count - before, data.GetRawText().Split('{').Length);
    }

    [Fact]
    public async Task A_deep_query_over_the_whole_seed_issues_no_more_commands_than_its_two_regions_apart()
    {
        var (whole, wholeObjects) = await MeasureAsync($"{{ regions {{ {Selection} }} }} {Fragment}");
        var (seruyan, seruyanObjects) = await MeasureAsync($"{{ region(code: \"62.07\") {{ {Selection} }} }} {Fragment}");
        var (tanahLaut, tanahLautObjects) = await MeasureAsync($"{{ region(code: \"63.01\") {{ {Selection} }} }} {Fragment}");

        output.WriteLine($"whole seed: {whole} SQL commands, {wholeObjects} objects; Seruyan: {seruyan}, {seruyanObjects}; Tanah Laut: {tanahLaut}, {tanahLautObjects}");
        Assert.True(wholeObjects > 1_000, $"the query returned only {wholeObjects} objects");
        Assert.True(wholeObjects > Math.Max(seruyanObjects, tanahLautObjects), $"{wholeObjects} objects for the whole seed");
        // Each region's data reaches some loaders the other's does not (Seruyan has no 2022 PPKS sources), so the
        // whole seed may need the commands of both, but never more: one command per loader and level, not per row.
        Assert.True(whole <= Math.Max(seruyan, tanahLaut) + Math.Min(seruyan, tanahLaut) / 4,
            $"{whole} commands for the whole seed, {seruyan} for Seruyan, {tanahLaut} for Tanah Laut");
        Assert.True(whole < wholeObjects / 25, $"{whole} commands for {wholeObjects} objects");
    }

    [Fact]
    public async Task Asking_for_more_rows_of_a_connection_adds_no_command()
    {
        const string query = "{{ indicators(first: {0}) {{ totalCount edges {{ node {{ name planNode {{ name parent {{ name }} }} figures {{ published source {{ lineFrom }} }} }} }} }} }}";
        var (few, _) = await MeasureAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, 2));
        var (many, _) = await MeasureAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, 100));
        Assert.Equal(few, many);
    }
}
