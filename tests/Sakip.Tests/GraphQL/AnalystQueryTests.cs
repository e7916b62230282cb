using System.Text.Json;
using Sakip.Api.GraphQL;
using Sakip.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Sakip.Tests.GraphQL;

/// <summary>The analysts' main queries against the seeded database, as committed snapshots, with the headline figures checked by name.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class AnalystQueryTests(DatabaseFixture fixture) : IAsyncLifetime
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

    [Fact]
    public async Task Seruyan_2026_RAK_tree_has_period_targets_and_budgets()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "62.07") {
                agencies {
                  planNodes(year: 2026) {
                    key level code name goal
                    parent { key }
                    unit { key }
                    indicators {
                      key name unit kind polarity aggregation
                      targets(year: 2026) { periodKind periodNo published value }
                    }
                    budget(year: 2026) {
                      pagu { published value source { lineFrom table { key } } }
                      planned { periodKind periodNo published value }
                      rolledUpPagu childrenPagu
                    }
                  }
                }
              }
            }
            """);
        var nodes = data.GetProperty("region").GetProperty("agencies")[0].GetProperty("planNodes").EnumerateArray().ToList();
        var subKegiatan = nodes.Single(n => n.GetProperty("key").GetString() == "sub-rak-layanan-rehsos");
        var months = subKegiatan.GetProperty("indicators")[0].GetProperty("targets").EnumerateArray()
            .Where(t => t.GetProperty("periodKind").GetString() == "MONTH").Select(t => t.GetProperty("published").GetString()).ToList();
        Assert.Equal(["5", "5", "6", "6", "4", "5", "2", "2", "20", "4", "5", "2"], months);
        Snapshot.Match(GraphQLClient.Pretty(data));
    }

    [Fact]
    public async Task Tanah_Laut_2022_LKjIP_has_target_realisation_and_capaian()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "63.01") {
                agencies {
                  indicators(year: 2022) {
                    key name unit kind polarity
                    responsibleOfficials { position }
                    capaian(year: 2022) {
                      target { published source { lineFrom table { key } } }
                      realisation { published }
                      reported { published value }
                      state value category scale formula trace difference
                    }
                  }
                }
              }
            }
            """);
        var indicators = data.GetProperty("region").GetProperty("agencies")[0].GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal("53,28", ReportedCapaian(indicators, "Persentase PMKS yang menjadi mandiri (%)"));
        Assert.Equal("41,42", ReportedCapaian(indicators, "Persentase PMKS yang tertangani"));
        Snapshot.Match(GraphQLClient.Pretty(data));
    }

    private static string? ReportedCapaian(List<JsonElement> indicators, string name) =>
        indicators.First(i => i.GetProperty("name").GetString() == name && i.GetProperty("capaian").ValueKind == JsonValueKind.Object)
            .GetProperty("capaian").GetProperty("reported").GetProperty("published").GetString();

    [Fact]
    public async Task A_program_serves_every_sasaran_indicator_the_PK_lists_it_under_and_no_other()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "63.01") {
                agencies {
                  planNodes(year: 2022, level: PROGRAM) {
                    key
                    contributesTo { indicator { key planNode { level } } source { lineFrom lineTo table { key } } }
                  }
                  indicators(year: 2022, search: "anak terlantar yang terpelihara") { key contributors { node { key } } }
                }
              }
            }
            """);
        var agency = data.GetProperty("region").GetProperty("agencies")[0];
        var rehab = agency.GetProperty("planNodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "prog-rehsos");
        var served = rehab.GetProperty("contributesTo").EnumerateArray().ToList();
        // T-PROGKEG-PK-2022 lists PROGRAM REHABILITASI SOSIAL under these four indicators, not under the anak terlantar one.
        Assert.Equal(["ind-pmks-tertangani", "ind-pmks-mandiri", "ind-pmks-terampil", "ind-lansia-disabilitas-kebutuhan-dasar"],
            served.Select(c => c.GetProperty("indicator").GetProperty("key").GetString()));
        Assert.All(served, c => Assert.Equal("SASARAN", c.GetProperty("indicator").GetProperty("planNode").GetProperty("level").GetString()));
        Assert.Equal(2723, served[0].GetProperty("source").GetProperty("lineFrom").GetInt32());
        Assert.Equal("T-PROGKEG-PK-2022", served[0].GetProperty("source").GetProperty("table").GetProperty("key").GetString());
        var anak = agency.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("key").GetString() == "ind-anak-terlantar-terpelihara");
        Assert.Equal(["prog-linjamsos", "keg-anak-terlantar"],
            anak.GetProperty("contributors").EnumerateArray().Select(c => c.GetProperty("node").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task PPKS_statistics_of_both_regions_have_coverage()
    {
        const string selection = """
            name
            ppksSummary(year: $year) { terdata tertangani mandiri categories coverage { value trace } statedTotals { column published } }
            ppks(year: $year) {
              category { key name groupNo groupName }
              bidang
              terdata { published value source { lineFrom table { key } } }
              tertangani { published value }
              mandiri { published }
              coverage { value trace }
            }
            psks(year: $year) { type count { published } certified { published } dataSource }
            """;
        var seruyan = await _client.QueryAsync($"query($year: Int!) {{ region(code: \"62.07\") {{ {selection} }} }}", new { year = 2025 });
        var tanahLaut = await _client.QueryAsync($"query($year: Int!) {{ region(code: \"63.01\") {{ {selection} }} }}", new { year = 2022 });

        var coverage = tanahLaut.GetProperty("region").GetProperty("ppksSummary").GetProperty("coverage");
        Assert.Equal("31.356 / 75.695 x 100 = 41,42%", coverage.GetProperty("trace").GetString());
        Assert.True(seruyan.GetProperty("region").GetProperty("ppks").GetArrayLength() > 20);
        Snapshot.Match(GraphQLClient.Pretty(seruyan), SnapshotNameExtension.Create("seruyan-2025"));
        Snapshot.Match(GraphQLClient.Pretty(tanahLaut), SnapshotNameExtension.Create("tanahlaut-2022"));
    }

    [Fact]
    public async Task Reconciliation_findings_show_both_figures_and_their_sources()
    {
        var data = await _client.QueryAsync("""
            {
              findings(first: 100) {
                totalCount
                edges { node { kind subject statedValue statedText statedSource comparedValue comparedText comparedSource difference document { key } } }
              }
            }
            """);
        var findings = data.GetProperty("findings");
        Assert.Equal(44, findings.GetProperty("totalCount").GetInt32());
        Assert.Contains(findings.GetProperty("edges").EnumerateArray(), e =>
            e.GetProperty("node").GetProperty("statedText").GetString() == "166.078.000" && e.GetProperty("node").GetProperty("comparedText").GetString() == "165.878.000");
        Snapshot.Match(GraphQLClient.Pretty(data));
    }

    [Fact]
    public async Task Findings_filter_by_document_and_kind()
    {
        var documents = await _client.QueryAsync("""{ documents(kind: RAK) { items { id key } } }""");
        var rak = documents.GetProperty("documents").GetProperty("items")[0];
        Assert.Equal("seruyan-rak-2026", rak.GetProperty("key").GetString());
        var data = await _client.QueryAsync("""
            query($document: ID!) {
              findings(document: $document, kinds: [BUDGET_ACROSS_TABLES]) { totalCount items { kind document { key } } }
            }
            """, new { document = rak.GetProperty("id").GetString() });
        var items = data.GetProperty("findings").GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, f =>
        {
            Assert.Equal("BUDGET_ACROSS_TABLES", f.GetProperty("kind").GetString());
            Assert.Equal("seruyan-rak-2026", f.GetProperty("document").GetProperty("key").GetString());
        });
    }

    [Fact]
    public async Task Every_saved_example_query_runs_and_returns_data()
    {
        Assert.NotEmpty(ExampleQueries.All);
        foreach (var example in ExampleQueries.All)
        {
            var variables = JsonSerializer.Deserialize<Dictionary<string, object>>(example.Variables);
            var data = await _client.QueryAsync(example.Query, variables);
            Assert.True(data.GetRawText().Length > 200, $"{example.Name} returned {data}");
        }
    }

    [Fact]
    public async Task Every_object_with_an_id_is_found_again_by_node()
    {
        var data = await _client.QueryAsync("""
            {
              regions { id agencies { id units { id } officials { id } documents { id tables { id } } planNodes { id } } }
              indicators(first: 5) { items { id } }
              findings(first: 5) { items { id } }
            }
            """);
        var ids = new List<string>();
        Collect(data, ids);
        Assert.True(ids.Count > 50, $"only {ids.Count} ids");
        foreach (var chunk in ids.Chunk(100))
        {
            var found = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = chunk });
            Assert.Equal(chunk, found.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToArray());
        }
        var single = await _client.QueryAsync("query($id: ID!) { node(id: $id) { id ... on Region { code } } }", new { id = ids[0] });
        Assert.Equal("62.07", single.GetProperty("node").GetProperty("code").GetString());
    }

    private static void Collect(JsonElement element, List<string> ids)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "id")
                {
                    ids.Add(property.Value.GetString()!);
                }
                Collect(property.Value, ids);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, ids);
            }
        }
    }
}
