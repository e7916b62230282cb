using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;
using static Sakip.Tests.Infrastructure.SeedCopies;

namespace Sakip.Tests.Loading;

/// <summary>
/// A load reads only what changed since the last one, and what it leaves is what a fresh load of the same folder leaves.
/// Seed A: two regions' agencies with RAK and LKjIP copies (two agencies of region 11.01 with PPKS tables, which share
/// the region's categories); A' changes one figure, removes a document, adds one and moves one to another agency.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class IncrementalLoadTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-incremental-").FullName;

    private static readonly SeedCopy[] A =
    [
        new(Rak, "a-rak", "11.01", "dinsos"),
        new(Lkjip, "a-lkjip", "11.01", "dinsos"),
        new(Rak, "b-rak", "11.01", "dinkes"),
        new(Lkjip, "c-lkjip", "11.02", "dinsos"),
        new(Rak, "d-rak", "11.03", "dinsos"),
        // Untouched by A': its agency stays, so A' deletes agencies one by one (their cascades), not everything.
        new(Lkjip, "f-lkjip", "11.05", "dinsos"),
    ];

    private string WriteA()
    {
        var seed = Path.Combine(_root, "a", "seed");
        Write(seed, A);
        return seed;
    }

    private string WriteAPrime()
    {
        var seed = Path.Combine(_root, "a-prime", "seed");
        Write(seed, A.Where(c => c.Key != "d-rak").Select(c => c.Key == "c-lkjip" ? c with { AgencyKey = "dinkes" } : c)
            .Append(new SeedCopy(Lkjip, "e-lkjip", "11.04", "dinsos")));
        Replace(seed, "a-rak/T1.3.csv", "5.783.347.586", "5.783.347.587");
        return seed;
    }

    [Fact]
    public async Task Loading_A_then_A_prime_leaves_exactly_what_loading_A_prime_into_an_empty_database_leaves()
    {
        var a = WriteA();
        var aPrime = WriteAPrime();
        await using var incremental = await ScratchDatabase.CreateAsync(fixture, "incremental");
        await using var fresh = await ScratchDatabase.CreateAsync(fixture, "fresh");

        var first = await incremental.LoadAsync(a);
        Assert.Equal((SeedOutcome.Loaded, 6, 6), (first.Outcome, first.Documents, first.DocumentsLoaded));
        var second = await incremental.LoadAsync(aPrime);
        // a-rak changed, so its agency; b-rak shares region 11.01's PPKS categories; c-lkjip moved; e-lkjip is new.
        Assert.Equal((SeedOutcome.Loaded, 6, 5, 1), (second.Outcome, second.Documents, second.DocumentsLoaded, second.DocumentsRemoved));
        var reference = await fresh.LoadAsync(aPrime);

        await using var left = await incremental.OpenConnectionAsync();
        await using var right = await fresh.OpenConnectionAsync();
        var expected = await DatabaseContent.ReadAsync(right);
        var actual = await DatabaseContent.ReadAsync(left);
        Assert.Null(DatabaseContent.Difference(expected, actual));
        Assert.True(expected["source_rows"].Count > 1000 && expected["findings"].Count > 0, "the comparison covers real rows");
        Assert.Equal((reference.Rows, reference.Findings, reference.ContentHash), (second.Rows, second.Findings, second.ContentHash));
    }

    [Fact]
    public async Task A_run_over_unchanged_folders_loads_nothing_and_reads_no_file()
    {
        var a = WriteA();
        await using var database = await ScratchDatabase.CreateAsync(fixture, "unchanged");
        var first = await database.LoadAsync(a);
        await using var connection = await database.OpenConnectionAsync();
        var before = await DatabaseContent.ReadAsync(connection);

        var again = await database.LoadAsync(a);
        Assert.Equal((SeedOutcome.Unchanged, 0), (again.Outcome, again.DocumentsLoaded));
        Assert.Equal((first.Rows, first.Findings, first.ContentHash), (again.Rows, again.Findings, again.ContentHash));
        Assert.Null(DatabaseContent.Difference(before, await DatabaseContent.ReadAsync(connection)));
    }

    [Fact]
    public async Task Rewriting_a_file_with_the_same_content_reloads_nothing()
    {
        var a = WriteA();
        await using var database = await ScratchDatabase.CreateAsync(fixture, "touched");
        await database.LoadAsync(a);
        var file = Path.Combine(a, "c-lkjip", "T3.2.csv");
        File.WriteAllText(file, File.ReadAllText(file));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));

        var again = await database.LoadAsync(a);
        Assert.Equal((SeedOutcome.Unchanged, 0), (again.Outcome, again.DocumentsLoaded));
    }

    [Fact]
    public async Task A_changed_document_reloads_its_agency_only()
    {
        var a = WriteA();
        await using var database = await ScratchDatabase.CreateAsync(fixture, "one-changed");
        await database.LoadAsync(a);
        Replace(a, "d-rak/T1.3.csv", "5.783.347.586", "5.783.347.500");

        var again = await database.LoadAsync(a);
        Assert.Equal((SeedOutcome.Loaded, 1, 0), (again.Outcome, again.DocumentsLoaded, again.DocumentsRemoved));
        await using var connection = await database.OpenConnectionAsync();
        var content = await DatabaseContent.ReadAsync(connection);
        Assert.Contains(content["source_rows"], r => r.Contains("5.783.347.500"));
    }

    [Fact]
    public async Task Force_reloads_every_document()
    {
        var a = WriteA();
        await using var database = await ScratchDatabase.CreateAsync(fixture, "force");
        var first = await database.LoadAsync(a);
        var forced = await database.LoadAsync(a, force: true);
        Assert.Equal((SeedOutcome.Loaded, 6), (forced.Outcome, forced.DocumentsLoaded));
        Assert.Equal((first.Rows, first.Findings, first.ContentHash), (forced.Rows, forced.Findings, forced.ContentHash));

        // Everything was deleted table by table (no cascades) and loaded again: what a fresh load of A leaves.
        await using var fresh = await ScratchDatabase.CreateAsync(fixture, "force_fresh");
        await fresh.LoadAsync(a);
        await using var left = await database.OpenConnectionAsync();
        await using var right = await fresh.OpenConnectionAsync();
        Assert.Null(DatabaseContent.Difference(await DatabaseContent.ReadAsync(right), await DatabaseContent.ReadAsync(left)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
