using System.Text.Json;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.GraphQL;

/// <summary>A document's original publication and its tables' printed numbers and pages, as the API gives them: what
/// the document says, and null for what is not known.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class DocumentSourceTests(DatabaseFixture fixture) : IAsyncLifetime
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
    public async Task The_Seruyan_RAK_gives_its_publisher_and_each_listed_tables_page_and_no_guessed_address()
    {
        var data = await _client.QueryAsync("""
            {
              region(code: "62.07") {
                agencies {
                  documents(kind: RAK) {
                    key originalTitle publisher originalUrl originalSha256
                    tables { key number page }
                  }
                }
              }
            }
            """);
        var document = data.GetProperty("region").GetProperty("agencies")[0].GetProperty("documents")[0];
        Assert.Equal(TestSeed.Rak, document.GetProperty("key").GetString());
        // Cover L8-10; the title page (L33) names the agency.
        Assert.Equal("RENCANA AKSI KINERJA (RAK) DINAS SOSIAL TAHUN 2026", document.GetProperty("originalTitle").GetString());
        Assert.Equal("Dinas Sosial Kabupaten Seruyan", document.GetProperty("publisher").GetString());
        Assert.Equal(JsonValueKind.Null, document.GetProperty("originalUrl").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("originalSha256").ValueKind);

        var tables = document.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);
        // DAFTAR TABEL (L97-106): Tabel 2.6 on page 29; the DAFTAR ISI (L69): the DAFTAR TABEL itself on page iv.
        Assert.Equal(("Tabel 2.6", "29"), (tables["T2.6"].GetProperty("number").GetString(), tables["T2.6"].GetProperty("page").GetString()));
        Assert.Equal("iv", tables["FM-DAFTAR-TABEL"].GetProperty("page").GetString());
        // Tabel 1.8 is not in the DAFTAR TABEL: its page is not known, so it is null rather than guessed.
        Assert.Equal(JsonValueKind.Null, tables["T1.8"].GetProperty("page").ValueKind);
    }
}
