using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Api.Data;
using Sakip.Api.Plan;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Plan;

/// <summary>
/// The plan sheets (one row per agency and year, read instead of the plan tables) hold exactly what the tables give:
/// after a fresh and an incremental load, and in the API's answers, which are the same from the sheets as without them.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class PlanSheetTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-sheets-").FullName;

    // A RAK and an LKjIP agency-year in two regions; the first test's second load changes a budget figure of a-rak and adds a region.
    private static readonly SeedCopy[] A = [new(Rak, "a-rak", "11.01", "dinsos"), new(Lkjip, "a-lkjip", "11.01", "dinsos"), new(Rak, "b-rak", "11.02", "dinsos")];

    private const string PlanQuery = """
        query Plan($region: String!, $year: Int!) {
          region(code: $region) {
            agencies {
              key
              planTree(year: $year) { key children { key } }
              planNodes(year: $year) {
                key level name parent { key }
                indicators { key name figures { measure year periodKind periodNo published value source { lineFrom } } }
                budget(year: $year) { rolledUpPagu childrenPagu absorption { value trace } pagu { published } planned { periodNo published } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Every_stored_sheet_is_what_the_tables_give_after_a_fresh_and_an_incremental_load()
    {
        var seed = WriteA("sheets");
        await using var database = await ScratchDatabase.CreateAsync(fixture, "sheets");
        await database.LoadAsync(seed);
        await AssertSheetsMatchTablesAsync(database, expectedSheets: 3);

        Replace(seed, "a-rak/T1.3.csv", "5.783.347.586", "5.783.347.500");
        Write(seed, [new SeedCopy(Lkjip, "c-lkjip", "11.03", "dinsos")]);
        var again = await database.LoadAsync(seed);
        Assert.Equal(3, again.DocumentsLoaded); // a-rak's agency (with a-lkjip) and c-lkjip
        await AssertSheetsMatchTablesAsync(database, expectedSheets: 4);
    }

    [Fact]
    public async Task The_API_answers_the_same_from_the_sheets_as_from_the_tables()
    {
        await using var database = await ScratchDatabase.CreateAsync(fixture, "sheet_answers");
        await database.LoadAsync(WriteA("sheet_answers"));
        // The test deletes the sheets under the API, which no load does: with no read cache, each answer reads the tables as they are.
        await using var api = new ApiFactory(database.ConnectionString, new() { ["Database:LoadSeed"] = "false", ["ReadCache:MaxItems"] = "0" });
        var client = api.CreateGraphQLClient();
        var counter = api.Services.GetRequiredService<SqlCommandCounter>();

        async Task<(string Answer, string Sql)> AskAsync(int year)
        {
            var recorded = new ConcurrentQueue<RecordedCommand>();
            counter.Recorded = recorded;
            var data = await client.QueryAsync(PlanQuery, new { region = "11.01", year });
            Assert.Equal(JsonValueKind.Object, data.GetProperty("region").ValueKind);
            counter.Recorded = null;
            return (GraphQLClient.Pretty(data), string.Join("\n", recorded.Select(c => c.Sql)));
        }

        foreach (var year in new[] { 2026, 2022 })
        {
            var fromSheets = await AskAsync(year);
            Assert.Contains("agency_plan_sheets", fromSheets.Sql);
            await using (var connection = await database.OpenConnectionAsync())
            {
                await using var delete = new Npgsql.NpgsqlCommand($"DELETE FROM agency_plan_sheets WHERE year = {year}", connection);
                Assert.True(await delete.ExecuteNonQueryAsync() > 0);
            }
            var fromTables = await AskAsync(year);
            Assert.Contains("FROM plan_nodes", fromTables.Sql);
            Assert.Equal(fromSheets.Answer, fromTables.Answer);
            Assert.True(fromSheets.Answer.Length > 10_000, $"the {year} answer covers real plan rows");
        }
    }

    /// <summary>Writes seed A into a folder of its own.</summary>
    private string WriteA(string purpose)
    {
        var seed = Path.Combine(_root, purpose, "seed");
        Write(seed, A);
        return seed;
    }

    private static async Task AssertSheetsMatchTablesAsync(ScratchDatabase database, int expectedSheets)
    {
        await using var db = database.CreateContext();
        var regions = await db.Regions.Select(r => r.Id).ToArrayAsync();
        var built = (await PlanSheetReadModel.BuildAsync(db, regions, CancellationToken.None))
            .ToDictionary(s => (s.Region, s.Agency, s.Year), s => Convert.ToBase64String(s.Sheet.Compress()));
        var stored = (await db.AgencyPlanSheets.AsNoTracking().ToListAsync())
            .ToDictionary(s => (s.RegionId, s.AgencyId, s.Year), s => (s.Format, Sheet: Convert.ToBase64String(PlanSheet.Decompress(s.Payload).Compress())));

        Assert.Equal(expectedSheets, stored.Count);
        Assert.Equal(built.Keys.Order(), stored.Keys.Order());
        foreach (var (key, sheet) in built)
        {
            Assert.Equal(PlanSheet.Format, stored[key].Format);
            Assert.True(sheet == stored[key].Sheet, $"the stored sheet of {key} differs from its tables");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
