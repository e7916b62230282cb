using System.Text.Json;
using Sakip.Api.GraphQL;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>
/// What an analyst meets first: region codes written as the portal's addresses write them, counts as whole numbers,
/// stored figures without their column's trailing zeros, computed percentages at a stated precision (with the exact
/// value on request) and an empty printed cell as null with its state, never the transcriber's "~".
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class AnalystConventionsTests(DatabaseFixture fixture) : IAsyncLifetime
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
    public async Task A_region_code_written_with_a_dash_finds_the_region()
    {
        var data = await _client.QueryAsync("""{ region(code: "63-01") { code name } }""");
        Assert.Equal("63.01", data.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("Kabupaten Tanah Laut", data.GetProperty("region").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("agencies")]
    [InlineData("documents")]
    [InlineData("indicators")]
    [InlineData("findings")]
    public async Task A_region_filter_written_with_a_dash_filters_as_the_dotted_code(string connection)
    {
        var data = await _client.QueryAsync($$"""
            {
              dotted: {{connection}}(region: "63.01") { totalCount }
              dashed: {{connection}}(region: "63-01") { totalCount }
              other: {{connection}}(region: "62-07") { totalCount }
            }
            """);
        var dotted = data.GetProperty("dotted").GetProperty("totalCount").GetInt32();
        Assert.True(dotted > 0, $"no {connection} in 63.01");
        Assert.Equal(dotted, data.GetProperty("dashed").GetProperty("totalCount").GetInt32());
        Assert.True(data.GetProperty("other").GetProperty("totalCount").GetInt32() > 0, $"no {connection} in 62-07");
    }

    [Theory]
    [InlineData("""{ region(code: "Tanah Laut") { name } }""", "code")]
    [InlineData("""{ region(code: "6301") { name } }""", "code")]
    [InlineData("""{ agencies(region: "63/01") { totalCount } }""", "region")]
    [InlineData("""{ indicators(region: "63.1") { totalCount } }""", "region")]
    public async Task A_text_that_is_no_region_code_is_refused_with_a_hint(string query, string argument)
    {
        var answer = await _client.SendAsync(query);
        var error = answer.Body.GetProperty("errors")[0];
        Assert.Contains($"Argument '{argument}' is not a Kemendagri region code", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal(ErrorCodes.InvalidArgument, extensions.GetProperty("code").GetString());
        Assert.Contains("\"63-01\"", extensions.GetProperty("hint").GetString());
    }

    [Fact]
    public async Task A_well_formed_code_of_no_region_is_null_without_an_error()
    {
        var data = await _client.QueryAsync("""{ region(code: "99-98") { name } }""");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("region").ValueKind);
    }

    [Fact]
    public async Task Counts_are_whole_numbers_typed_Int()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "63.01") { ppksSummary(year: 2022) { terdata tertangani mandiri } ppks(year: 2022) { category { key } terdata { value published } } }
              figure: __type(name: "PpksFigure") { fields { name type { name } } }
              summary: __type(name: "PpksSummary") { fields { name type { name } } }
            }
            """);
        var summary = data.GetProperty("region").GetProperty("ppksSummary");
        // The headline of the PPKS page: 75.695 registered, 31.356 served (T-PPKS-REKAP-2022).
        Assert.Equal("75695", summary.GetProperty("terdata").GetRawText());
        Assert.Equal("31356", summary.GetProperty("tertangani").GetRawText());
        var anak = data.GetProperty("region").GetProperty("ppks").EnumerateArray()
            .Single(p => p.GetProperty("category").GetProperty("key").GetString() == "anak-terlantar");
        Assert.Equal("47", anak.GetProperty("terdata").GetProperty("value").GetRawText());
        Assert.Equal("Int", TypeOf(data.GetProperty("figure"), "value"));
        Assert.Equal("Int", TypeOf(data.GetProperty("summary"), "terdata"));
    }

    [Fact]
    public async Task Stored_figures_have_no_trailing_zeros_of_their_column_and_keep_every_printed_digit()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "63.01") {
                agencies {
                  planNodes(year: 2022, level: PROGRAM) { key budget(year: 2022) { pagu { value published } } }
                  indicators(year: 2022, search: "PMKS yang menjadi mandiri (%)") { capaian(year: 2022) { realisation { value published } } }
                }
              }
            }
            """);
        var agency = data.GetProperty("region").GetProperty("agencies")[0];
        var rehab = agency.GetProperty("planNodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "prog-rehsos");
        var pagu = rehab.GetProperty("budget").GetProperty("pagu");
        Assert.Equal("Rp. 4.712.818.176", pagu.GetProperty("published").GetString());
        Assert.Equal("4712818176", pagu.GetProperty("value").GetRawText());
        var realisation = agency.GetProperty("indicators")[0].GetProperty("capaian").GetProperty("realisation");
        Assert.Equal("13.32", realisation.GetProperty("value").GetRawText()); // printed "13,32": both decimals kept
    }

    [Fact]
    public async Task Computed_percentages_have_two_decimals_and_the_exact_value_on_request()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "63.01") {
                ppksSummary(year: 2022) { coverage { value exact: value(exact: true) trace } }
                agencies { indicators(year: 2022, search: "(PSKS) yang terlatih dan terampil") {
                  capaian(year: 2022) { value exact: value(exact: true) } } }
              }
            }
            """);
        var coverage = data.GetProperty("region").GetProperty("ppksSummary").GetProperty("coverage");
        // Cakupan penanganan PPKS Tanah Laut 2022: 31.356 / 75.695 x 100.
        Assert.Equal("41.42", coverage.GetProperty("value").GetRawText());
        Assert.Equal(31356m / 75695m * 100, coverage.GetProperty("exact").GetDecimal());
        Assert.Equal("31.356 / 75.695 x 100 = 41,42%", coverage.GetProperty("trace").GetString());
        // Capaian 77 / 75 x 100 = 102,666...: rounded half away from zero, as the portal shows it (102,67%).
        var capaian = data.GetProperty("region").GetProperty("agencies")[0].GetProperty("indicators")[0].GetProperty("capaian");
        Assert.Equal("102.67", capaian.GetProperty("value").GetRawText());
        Assert.StartsWith("102.6666", capaian.GetProperty("exact").GetRawText());
    }

    [Fact]
    public async Task An_empty_printed_cell_is_null_with_its_state_not_the_seed_marker()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "63.01") {
                agencies { indicators(year: 2022, search: "Laporan Keuangan SPKSD") {
                  capaian(year: 2022) { reported { state value published reason source { table { key } cells { column text } } } } } }
              }
            }
            """);
        // CAP-2022-Sekretaris prints no capaian (its CAPAIAN % column is empty in every row).
        var reported = data.GetProperty("region").GetProperty("agencies")[0].GetProperty("indicators")[0].GetProperty("capaian").GetProperty("reported");
        Assert.Equal("CAP-2022-Sekretaris", reported.GetProperty("source").GetProperty("table").GetProperty("key").GetString());
        Assert.Equal("NOT_REPORTED", reported.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, reported.GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, reported.GetProperty("value").ValueKind);
        Assert.Equal("sel kosong di tabel sumber", reported.GetProperty("reason").GetString());
        var cells = reported.GetProperty("source").GetProperty("cells").EnumerateArray().ToList();
        Assert.DoesNotContain(cells, c => c.GetProperty("text").GetString() == "~");
        Assert.Contains(cells, c => c.GetProperty("text").ValueKind == JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/graphql/panduan", "# GraphQL untuk analis", "dibulatkan dua desimal")]
    [InlineData("/graphql/guide", "# GraphQL for analysts", "have 2 decimals")]
    public async Task The_analysts_guide_is_served_in_Indonesian_and_English(string path, string title, string precision)
    {
        var response = await _api.CreateClient().GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(title, text);
        Assert.Contains(precision, text);
        Assert.Contains("value(exact: true)", text);
    }

    private static string? TypeOf(JsonElement type, string field) =>
        type.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == field).GetProperty("type").GetProperty("name").GetString();
}
