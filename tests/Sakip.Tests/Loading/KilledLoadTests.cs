using System.Diagnostics;
using Npgsql;
using Sakip.Api.Hosting;
using Sakip.Tests.Infrastructure;
using Xunit.Abstractions;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Loading;

/// <summary>
/// The loader killed with SIGKILL at random points of a 2,000-document load leaves the database holding the previous
/// data, never part of the new; the load run to its end holds the new. The loader runs as its own process, as
/// "dotnet Sakip.Api.dll seed" does; the seed with a broken document exits 1 with the errors and no stack trace.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class KilledLoadTests(DatabaseFixture fixture, ITestOutputHelper output) : IDisposable
{
    private const int Documents = 2000;
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-killed-").FullName;

    private static ProcessStartInfo Seed(string connectionString, string seedDirectory)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sakip.Api.dll"));
        info.ArgumentList.Add("seed");
        info.Environment["ConnectionStrings__Sakip"] = connectionString;
        info.Environment["Database__SeedDirectory"] = seedDirectory;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        return info;
    }

    /// <summary>Rows per table and the documents' keys and hashes: what "the same data" means here.</summary>
    private static async Task<string> FingerprintAsync(ScratchDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var parts = new List<string>();
        foreach (var table in new[] { "regions", "agencies", "documents", "source_tables", "source_rows", "plan_nodes", "indicators",
                     "indicator_figures", "budget_figures", "ppks_categories", "ppks_figures", "aid_figures", "findings", "seed_loads" })
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            parts.Add($"{table}={await count.ExecuteScalarAsync()}");
        }
        await using var documents = new NpgsqlCommand("SELECT coalesce(md5(string_agg(key || content_hash, ',' ORDER BY key)), '') FROM documents", connection);
        parts.Add($"documents={await documents.ExecuteScalarAsync()}");
        return string.Join(" ", parts);
    }

    [Fact]
    public async Task A_load_killed_at_random_points_leaves_the_previous_data_and_a_full_run_the_new()
    {
        var previous = Path.Combine(_root, "previous", "seed");
        Write(previous, [new SeedCopy(Rak, "old-rak", "11.01", "dinsos"), new SeedCopy(Lkjip, "old-lkjip", "11.02", "dinsos")]);
        var next = Path.Combine(_root, "next", "seed");
        Write(next, Enumerable.Range(0, Documents).Select(i =>
            new SeedCopy(i % 2 == 0 ? Rak : Lkjip, $"doc-{i:D4}", $"{21 + i / 2 / 99:D2}.{i / 2 % 99 + 1:D2}", "dinsos")));
        await using var database = await ScratchDatabase.CreateAsync(fixture, "killed");
        await database.LoadAsync(previous);
        var before = await FingerprintAsync(database);

        var random = new Random(20261201);
        foreach (var attempt in Enumerable.Range(1, 3))
        {
            using var process = Process.Start(Seed(database.ConnectionString, next))!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var after = TimeSpan.FromSeconds(random.Next(3, 40));
            var exited = process.WaitForExit(after);
            Assert.False(exited, $"the load ended before the kill at {after.TotalSeconds} s (exit {(exited ? process.ExitCode : 0)})");
            process.Kill(); // SIGKILL on Unix: no cleanup code runs
            await process.WaitForExitAsync();
            output.WriteLine($"attempt {attempt}: killed after {after.TotalSeconds} s");
            Assert.Equal(before, await FingerprintAsync(database));
        }

        using (var complete = Process.Start(Seed(database.ConnectionString, next))!)
        {
            var stdout = complete.StandardOutput.ReadToEndAsync();
            var stderr = complete.StandardError.ReadToEndAsync();
            await complete.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(15)).Token);
            Assert.True(complete.ExitCode == 0, await stderr);
            Assert.Contains($"Seed loaded: {Documents} documents ({Documents} loaded, 2 removed)", await stdout);
        }
        var loaded = await FingerprintAsync(database);
        Assert.NotEqual(before, loaded);
        Assert.Contains($"documents={Documents} ", loaded);
    }

    [Fact]
    public async Task A_broken_seed_exits_1_with_the_errors_and_no_stack_trace()
    {
        var seed = Path.Combine(_root, "broken", "seed");
        Write(seed, [new SeedCopy(Rak, "a-rak", "11.01", "dinsos")]);
        Replace(seed, "a-rak/T1.3.csv", "5.783.347.586", "5.783.347.58x");
        await using var database = await ScratchDatabase.CreateAsync(fixture, "broken");
        using var process = Process.Start(Seed(database.ConnectionString, seed))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        Assert.Equal(1, process.ExitCode);
        var text = await stdout + await stderr;
        Assert.Contains("seed/a-rak/T1.3.csv:2: field 'amount'", text);
        Assert.DoesNotContain("   at ", text);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
