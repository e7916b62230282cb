using Sakip.Api.Seeding;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Seeding;

/// <summary>
/// What a data officer writes wrong is said in their words: the YAML key path and line, the column header, a "did you
/// mean", every problem of the run at once; what the database would refuse is refused first, by the loader; what is only
/// probably wrong is a warning and the document loads. Each test breaks a copy of the test documents.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class UserTermsErrorTests(DatabaseFixture fixture) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-terms-").FullName;

    private string Seed => Path.Combine(_root, "seed");

    private const string LkjipYaml = "tanahlaut-lkjip-2022/document.yaml";

    private int Replace(string relativeFile, string text, string replacement) => SeedCopies.Replace(Seed, relativeFile, text, replacement);

    private async Task<SeedValidationException> LoadFailsLeavingTheDatabaseAsItWas()
    {
        var error = await SeedCopies.LoadFailsLeavingTheDatabaseAsItWasAsync(fixture, Seed);
        Assert.DoesNotContain("Sakip.", error.Message); // no .NET type names
        return error;
    }

    [Fact]
    public async Task Every_unknown_yaml_key_is_named_by_its_path_and_line_with_the_key_meant()
    {
        TestSeed.CopyTo(Seed);
        var regionLine = Replace(LkjipYaml, "  province: Kalimantan Selatan\n", "  province: Kalimantan Selatan\n  nama: Tanah Laut\n") + 1;
        var tableLine = Replace(LkjipYaml, "    caption: Fungsi Dinas Sosial\n", "    caption: Fungsi Dinas Sosial\n    lnies: 169-184\n") + 1;

        var error = await LoadFailsLeavingTheDatabaseAsItWas();

        var region = Assert.Single(error.Errors, e => e.Field == "region.nama");
        Assert.Equal(("seed/" + LkjipYaml, regionLine), (region.File, region.Line));
        Assert.Contains("did you mean 'name'?", region.Message);
        var table = Assert.Single(error.Errors, e => e.Field == "tables[L-FUNGSI].lnies");
        Assert.Equal(tableLine, table.Line);
        Assert.Contains("did you mean 'lines'?", table.Message);
    }

    [Fact]
    public async Task Capaian_thresholds_out_of_order_are_an_error_at_their_key_not_a_database_crash()
    {
        TestSeed.CopyTo(Seed);
        var line = Replace(LkjipYaml, "  province: Kalimantan Selatan\n", """
              province: Kalimantan Selatan
              capaian_scale:
                name: Perbup Uji
                sangat_tinggi_from: 75
                tinggi_from: 75
                sedang_from: 65
                rendah_from: 50

            """.Replace("            ", "")) + 1;

        var error = await LoadFailsLeavingTheDatabaseAsItWas();

        var found = Assert.Single(error.Errors);
        Assert.Equal(("region.capaian_scale", line), (found.Field, found.Line));
        Assert.Contains("must fall", found.Message);
    }

    [Fact]
    public async Task A_misspelt_column_and_a_misspelt_kind_get_a_did_you_mean_and_both_are_listed()
    {
        TestSeed.CopyTo(Seed);
        Replace("tanahlaut-lkjip-2022/T3.2.csv", "target,realisation,capaian", "target,realisasi,capaian");
        Replace(LkjipYaml, "kind: staff-counts", "kind: staff-count");

        var error = await LoadFailsLeavingTheDatabaseAsItWas();

        Assert.Contains(error.Errors, e => e.File == "seed/tanahlaut-lkjip-2022/T3.2.csv" && e.Line == 1 && e.Field == "realisasi"
            && e.Message.Contains("did you mean 'realisation'?"));
        Assert.Contains(error.Errors, e => e.Field == "tables[T-SDM].kind" && e.Line is not null && e.Message.Contains("did you mean 'staff-counts'?"));
    }

    [Fact]
    public async Task Text_longer_than_the_database_stores_is_an_error_at_its_cell()
    {
        TestSeed.CopyTo(Seed);
        var line = Replace("seruyan-rak-2026/T1.4.csv", "Pekerja Sosial (Profesional)", new string('x', 301));

        var error = await LoadFailsLeavingTheDatabaseAsItWas();

        var found = Assert.Single(error.Errors);
        Assert.Equal(("seed/seruyan-rak-2026/T1.4.csv", line, "type"), (found.File, found.Line, found.Field));
        Assert.Contains("at most 300", found.Message);
    }

    [Fact]
    public async Task A_table_of_the_wrong_kind_and_a_row_outside_its_lines_are_warnings_and_the_documents_load()
    {
        TestSeed.CopyTo(Seed);
        Replace(LkjipYaml, "kind: indicators\n    caption: Indikator Kinerja Utama", "kind: rows\n    caption: Indikator Kinerja Utama");
        var line = Replace("seruyan-rak-2026/T1.2.csv", "294,1,Tanah", "9,1,Tanah"); // before the table's lines 290-298
        await using var scratch = await ScratchDatabase.CreateAsync(fixture, "warnings");
        await using var db = scratch.CreateContext();

        var result = await DatabaseFixture.LoadSeedAsync(db, Seed);

        Assert.Equal(SeedOutcome.Loaded, result.Outcome);
        Assert.Contains(result.Warnings, w => w.File == "seed/tanahlaut-lkjip-2022/T-IKU-2022.csv" && w.Line == 1
            && w.Message.Contains("those of kind 'indicators'"));
        Assert.Contains(result.Warnings, w => w.File == "seed/seruyan-rak-2026/T1.2.csv" && w.Line == line && w.Field == "line"
            && w.Message.Contains("outside the table's lines"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
