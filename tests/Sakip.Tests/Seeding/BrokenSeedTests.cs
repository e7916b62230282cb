using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Seeding;

/// <summary>
/// A broken seed file is rejected with its file, line and field, and the database keeps exactly what it had:
/// each test copies seed/ to a temporary folder, breaks one thing, and loads it into the run's database.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class BrokenSeedTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-seed-").FullName;

    private string Seed => Path.Combine(_root, "seed");

    private string CopySeed() => TestSeed.CopyTo(Seed);

    private int Replace(string relativeFile, string text, string replacement) => SeedCopies.Replace(Seed, relativeFile, text, replacement);

    private async Task<SeedValidationException> LoadFailsLeavingTheDatabaseAsItWas()
    {
        var error = await SeedCopies.LoadFailsLeavingTheDatabaseAsItWasAsync(fixture, Seed);
        return error;
    }

    [Fact]
    public async Task A_malformed_figure_is_named_by_file_line_and_field_and_nothing_is_loaded()
    {
        CopySeed();
        var line = Replace("seruyan-rak-2026/T1.3.csv", "5.783.347.586", "5.783.347.58x");
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        var found = Assert.Single(error.Errors);
        Assert.Equal("seed/seruyan-rak-2026/T1.3.csv", found.File);
        Assert.Equal(line, found.Line);
        Assert.Equal("amount", found.Field);
        Assert.Contains("5.783.347.58x", found.Message);
        Assert.Contains($"seed/seruyan-rak-2026/T1.3.csv:{line}: field 'amount'", error.Message);
    }

    [Fact]
    public async Task A_count_with_a_fraction_is_named_since_counts_are_whole_numbers()
    {
        CopySeed();
        var line = Replace("tanahlaut-lkjip-2022/L-PPKS-MANDIRI.csv", "korban-bencana-alam,8081,", "korban-bencana-alam,\"8081,5\",");
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        var found = Assert.Single(error.Errors);
        Assert.Equal(("seed/tanahlaut-lkjip-2022/L-PPKS-MANDIRI.csv", line, "mandiri"), (found.File, found.Line, found.Field));
        Assert.Contains("'8081,5' is not a whole number", found.Message);
    }

    [Fact]
    public async Task A_reference_to_an_unknown_unit_is_named_and_nothing_is_loaded()
    {
        CopySeed();
        var line = Replace("tanahlaut-lkjip-2022/PK-2022-EsII-Kadis.csv", "kepala-dinas", "kepala-dinsa");
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        Assert.Contains(error.Errors, e => e.File == "seed/tanahlaut-lkjip-2022/PK-2022-EsII-Kadis.csv" && e.Line == line
            && e.Field == "responsible" && e.Message.Contains("kepala-dinsa"));
    }

    [Fact]
    public async Task A_program_listed_under_an_unknown_indicator_is_named_and_nothing_is_loaded()
    {
        CopySeed();
        var line = Replace("tanahlaut-lkjip-2022/T-PROGKEG-PK-2022.csv", ",prog-rehsos,,ind-pmks-mandiri,", ",prog-rehsos,,ind-pmks-mandri,");
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        var found = Assert.Single(error.Errors);
        Assert.Equal(("seed/tanahlaut-lkjip-2022/T-PROGKEG-PK-2022.csv", line, "serves"), (found.File, found.Line, found.Field));
        Assert.Contains("ind-pmks-mandri", found.Message);
    }

    [Fact]
    public async Task An_unknown_column_is_named_at_the_header()
    {
        CopySeed();
        Replace("seruyan-rak-2026/T1.4.csv", "certified", "certifed");
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        Assert.Contains(error.Errors, e => e.File == "seed/seruyan-rak-2026/T1.4.csv" && e.Line == 1 && e.Field == "certifed");
    }

    [Fact]
    public async Task A_row_with_a_missing_field_is_named()
    {
        CopySeed();
        var path = Path.Combine(Seed, "seruyan-rak-2026", "T1.2.csv");
        File.AppendAllText(path, "300\n");
        var lines = File.ReadAllLines(path).Length;
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        Assert.Contains(error.Errors, e => e.File == "seed/seruyan-rak-2026/T1.2.csv" && e.Line == lines && e.Message.Contains("fields"));
    }

    [Fact]
    public async Task Invalid_yaml_is_named_with_its_line()
    {
        CopySeed();
        Replace("seruyan-rak-2026/document.yaml", "year: 2026", "year: [2026");
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        Assert.Contains(error.Errors, e => e.File == "seed/seruyan-rak-2026/document.yaml" && e.Line is not null);
    }

    [Fact]
    public async Task A_csv_file_not_listed_in_document_yaml_is_refused()
    {
        CopySeed();
        File.WriteAllText(Path.Combine(Seed, "seruyan-rak-2026", "T9.9.csv"), "line\n1\n");
        var error = await LoadFailsLeavingTheDatabaseAsItWas();
        Assert.Contains(error.Errors, e => e.File == "seed/seruyan-rak-2026/T9.9.csv");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
