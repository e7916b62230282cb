using System.Text.Json;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Hosting;

/// <summary>
/// <c>import [--check] PATH</c> as a data officer runs it: the example document of a region the seed does not have
/// (examples/contoh-lkjip-2023: a 100% cap and three kriteria classes) checked, previewed and imported into the database of
/// a running API, which serves it without a restart.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ImportCommandTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-import-").FullName;

    [Fact]
    public async Task Check_previews_documents_capaian_and_findings_and_writes_nothing()
    {
        var (seed, scratch) = await PrepareAsync("import_check");
        await using var _ = scratch;
        var before = await CountsAsync(scratch);

        Copy("mine");
        // A path relative to the shell's folder, though the program starts in another.
        var (exitCode, output, error) = await ApiProcess.RunFromAsync(_root, scratch.ConnectionString, seed, "import", "--check", "mine");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Documents: 1 added, 0 changed, 0 removed, 1 unchanged.", output);
        Assert.Contains("+ contoh-lkjip-2023 (LKJIP 2023, region 99.01, agency dinsos): 1 tables, 4 rows", output);
        Assert.Contains("+ region 99.01 Kabupaten Contoh: scale 'Kriteria capaian Kabupaten Contoh' (Terlampaui Target above 100; "
            + "Tercapai Target from 100; Target Tidak Tercapai), capaian capped at 100%", output);
        Assert.Contains("99.01 dinsos 2023 ind-lansia-pendampingan: 100,00%, Terlampaui Target (printed: Tercapai Target)  "
            + "[55 / 50 x 100 = 110,00%, dibatasi 100% (batas capaian daerah)]", output);
        Assert.Contains("99.01 dinsos 2023 ind-ppks-mandiri: 80,00%, Target Tidak Tercapai", output);
        Assert.Contains("Findings: 1 new, 0 gone", output);
        Assert.Contains("+ contoh-lkjip-2023 KriteriaRecomputed: Persentase lanjut usia terlantar yang mendapat pendampingan, kriteria 2023", output);
        Assert.Equal(before, await CountsAsync(scratch));
        Assert.Equal([TestSeed.Lkjip], Directory.GetDirectories(seed).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Import_adds_the_document_to_the_seed_folder_and_a_running_API_serves_it_without_a_restart()
    {
        var (seed, scratch) = await PrepareAsync("import_apply");
        await using var _ = scratch;
        await using var api = new ApiFactory(scratch.ConnectionString, new() { ["Database:SeedDirectory"] = seed });
        var client = api.CreateGraphQLClient();
        Assert.Equal(JsonValueKind.Null, (await client.QueryAsync("""{ region(code: "99.01") { name } }""")).GetProperty("region").ValueKind);

        var (exitCode, output, error) = await ApiProcess.RunAsync(scratch.ConnectionString, seed, "import", Copy("mine"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("Imported contoh-lkjip-2023 into seed: 2 documents (1 loaded, 0 removed)", output);
        Assert.True(File.Exists(Path.Combine(seed, "contoh-lkjip-2023", "T3.1.csv")));
        Assert.False(Directory.Exists(Path.Combine(seed, ImportCommand.StagingFolder)));
        var region = await WaitForRegionAsync(client);
        Assert.Equal("Kabupaten Contoh", region.GetProperty("name").GetString());
        var scale = region.GetProperty("capaianScale");
        Assert.Equal(100m, scale.GetProperty("cap").GetDecimal());
        Assert.Equal(["Terlampaui Target", "Tercapai Target", "Target Tidak Tercapai"],
            scale.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("label").GetString()));

        // Importing it again changes nothing.
        var again = await ApiProcess.RunAsync(scratch.ConnectionString, seed, "import", "--check", Copy("again"));
        Assert.Contains("Documents: 0 added, 0 changed, 0 removed, 2 unchanged.", again.Output);
    }

    [Fact]
    public async Task A_broken_document_is_refused_naming_the_users_file_line_and_column_and_nothing_changes()
    {
        var (seed, scratch) = await PrepareAsync("import_broken");
        await using var _ = scratch;
        var before = await CountsAsync(scratch);
        var mine = Copy("broken");
        var csv = Path.Combine(mine, "T3.1.csv");
        await File.WriteAllTextAsync(csv, (await File.ReadAllTextAsync(csv)).Replace(",90%,72%,", ",90%,7x2%,"));

        var (exitCode, output, error) = await ApiProcess.RunAsync(scratch.ConnectionString, seed, "import", mine);

        Assert.Equal(1, exitCode);
        Assert.Contains("nothing was imported", error);
        Assert.Contains($"{csv}:4: field 'realisation':", error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Equal(before, await CountsAsync(scratch));
        Assert.Equal([TestSeed.Lkjip], Directory.GetDirectories(seed).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_workbook_is_checked_and_imported_like_a_folder_and_its_errors_name_sheet_row_and_column()
    {
        var (seed, scratch) = await PrepareAsync("import_workbook");
        await using var _ = scratch;
        var workbook = Path.Combine(_root, "contoh.xlsx");
        Assert.Equal(0, (await ApiProcess.RunAsync(scratch.ConnectionString, seed, "export", ExampleDocument.Folder, workbook)).ExitCode);
        var broken = Path.Combine(_root, "rusak.xlsx");
        File.Copy(workbook, broken);
        using (var book = new ClosedXML.Excel.XLWorkbook(broken))
        {
            book.Worksheet("T3.1").Cell(4, 10).SetValue("7x2%"); // row 4: the third indicator's realisation (column J)
            book.Save();
        }
        var before = await CountsAsync(scratch);

        var refused = await ApiProcess.RunAsync(scratch.ConnectionString, seed, "import", broken);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{broken}, sheet T3.1, row 4, column realisation (J): ", refused.Error);
        Assert.Equal(before, await CountsAsync(scratch));

        var check = await ApiProcess.RunAsync(scratch.ConnectionString, seed, "import", "--check", workbook);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("+ contoh-lkjip-2023 (LKJIP 2023, region 99.01, agency dinsos): 1 tables, 4 rows", check.Output);
        var imported = await ApiProcess.RunAsync(scratch.ConnectionString, seed, "import", workbook);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(ExampleDocument.Folder, "T3.1.csv")), await File.ReadAllTextAsync(Path.Combine(seed, "contoh-lkjip-2023", "T3.1.csv")));
    }

    /// <summary>A seed folder with the LKjIP alone, loaded into a scratch database.</summary>
    /// <summary>An import killed before it cleans up leaves its staging folder; the next import removes it, and an older
    /// one without a lock file, but not the folder of an import still running (its lock file held open).</summary>
    [Fact]
    public async Task An_import_removes_staging_folders_of_killed_imports_and_keeps_those_of_running_ones()
    {
        var (seed, scratch) = await PrepareAsync("import_stale");
        await using var _ = scratch;
        var root = Path.Combine(seed, ImportCommand.StagingFolder);
        var killed = Directory.CreateDirectory(Path.Combine(root, "killed01", "contoh-lkjip-2023")).Parent!.FullName;
        await File.WriteAllTextAsync(Path.Combine(killed, ImportCommand.StagingLock), "");
        var older = Directory.CreateDirectory(Path.Combine(root, "older001")).FullName;
        Directory.SetLastWriteTimeUtc(older, DateTime.UtcNow.AddHours(-1));
        var running = Directory.CreateDirectory(Path.Combine(root, "running1")).FullName;

        await using (new FileStream(Path.Combine(running, ImportCommand.StagingLock), FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            var (exitCode, output, error) = await ApiProcess.RunAsync(scratch.ConnectionString, seed, "import", "--check", Copy("mine"));

            Assert.True(exitCode == 0, error);
            Assert.Contains("Removed .import/killed01, left behind by an import that did not finish.", output);
            Assert.Contains("Removed .import/older001, left behind by an import that did not finish.", output);
        }
        Assert.Equal(["running1"], Directory.GetDirectories(root).Select(Path.GetFileName));
    }

    private async Task<(string Seed, ScratchDatabase Scratch)> PrepareAsync(string purpose)
    {
        var seed = TestSeed.CopyTo(Path.Combine(_root, purpose, "seed"), TestSeed.Lkjip);
        var scratch = await ScratchDatabase.CreateAsync(fixture, purpose);
        await scratch.LoadAsync(seed);
        return (seed, scratch);
    }

    /// <summary>The example document in a folder of the data officer's own, named as they like.</summary>
    private string Copy(string name) => ExampleDocument.CopyTo(Path.Combine(_root, name));

    private static async Task<string> CountsAsync(ScratchDatabase scratch)
    {
        await using var connection = await scratch.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM source_rows) || ' ' || (SELECT count(*) FROM findings) "
            + "|| ' ' || (SELECT count(*) FROM seed_loads) || ' ' || (SELECT count(*) FROM indicator_capaian)";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<JsonElement> WaitForRegionAsync(GraphQLClient client)
    {
        for (var i = 0; i < 30; i++)
        {
            var region = (await client.QueryAsync("""{ region(code: "99.01") { name capaianScale { cap classes { label from above } } } }""")).GetProperty("region");
            if (region.ValueKind == JsonValueKind.Object)
            {
                return region;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the running API did not serve the imported region within 6 s");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
