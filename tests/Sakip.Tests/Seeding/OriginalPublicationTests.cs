using Microsoft.EntityFrameworkCore;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Seeding;

/// <summary>
/// document.yaml's original publication (original: title, publisher, url, sha256) and each table's printed page: stored
/// as written when valid, left absent when not given, and a bad value refused with its file, line and key path.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class OriginalPublicationTests(DatabaseFixture fixture) : IDisposable
{
    private const string Manifest = ExampleDocument.Key + "/document.yaml";
    private const string Sha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private readonly string _root = Directory.CreateTempSubdirectory("sakip-original-").FullName;

    private string ExampleSeed()
    {
        var seed = Path.Combine(_root, "seed");
        ExampleDocument.CopyTo(Path.Combine(seed, ExampleDocument.Key));
        return seed;
    }

    [Fact]
    public async Task The_original_publication_and_the_tables_printed_page_are_stored_as_written()
    {
        var seed = ExampleSeed();
        SeedCopies.Replace(seed, Manifest, "  publisher: Dinas Sosial Kabupaten Contoh\n",
            $"  publisher: Dinas Sosial Kabupaten Contoh\n  url: https://contoh.example/lkjip-2023.pdf\n  sha256: {Sha256}\n");
        await using var scratch = await ScratchDatabase.CreateAsync(fixture, "original");
        await scratch.LoadAsync(seed);
        await using var db = scratch.CreateContext();

        var document = await db.Documents.AsNoTracking().SingleAsync();
        Assert.Equal("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) DINAS SOSIAL KABUPATEN CONTOH TAHUN 2023", document.OriginalTitle);
        Assert.Equal("Dinas Sosial Kabupaten Contoh", document.Publisher);
        Assert.Equal("https://contoh.example/lkjip-2023.pdf", document.OriginalUrl);
        Assert.Equal(Sha256, document.OriginalSha256);
        var table = await db.SourceTables.AsNoTracking().SingleAsync();
        Assert.Equal(("Tabel 3.1", "21"), (table.Number, table.Page));
    }

    [Fact]
    public async Task An_unknown_address_and_hash_stay_absent_never_guessed()
    {
        await using var scratch = await ScratchDatabase.CreateAsync(fixture, "unknown");
        await scratch.LoadAsync(ExampleSeed()); // the example gives title and publisher only
        await using var db = scratch.CreateContext();

        var document = await db.Documents.AsNoTracking().SingleAsync();
        Assert.Equal("Dinas Sosial Kabupaten Contoh", document.Publisher);
        Assert.Null(document.OriginalUrl);
        Assert.Null(document.OriginalSha256);
    }

    [Fact]
    public async Task A_page_that_is_not_a_printed_page_number_is_refused_naming_the_file_line_and_key()
    {
        var seed = ExampleSeed();
        var line = SeedCopies.Replace(seed, Manifest, "    page: \"21\"", "    page: hlm. 21");
        var problem = Assert.Single((await SeedCopies.LoadFailsLeavingTheDatabaseAsItWasAsync(fixture, seed)).Errors);
        Assert.EndsWith(Manifest, problem.File.Replace('\\', '/'));
        Assert.Equal("tables[T3.1].page", problem.Field);
        Assert.Equal(line, problem.Line);
        Assert.Contains("'hlm. 21' is not a printed page number like 27 or iv", problem.Message);
    }

    [Fact]
    public async Task A_hash_that_is_not_a_SHA256_and_an_address_that_is_not_a_web_address_are_refused()
    {
        var seed = ExampleSeed();
        var line = SeedCopies.Replace(seed, Manifest, "  publisher: Dinas Sosial Kabupaten Contoh\n",
            "  publisher: Dinas Sosial Kabupaten Contoh\n  url: dinsos.contoh.go.id/lkjip.pdf\n  sha256: 9f86d0818\n");
        var errors = (await SeedCopies.LoadFailsLeavingTheDatabaseAsItWasAsync(fixture, seed)).Errors;
        var url = Assert.Single(errors, e => e.Field == "original.url");
        Assert.Equal(line + 1, url.Line);
        Assert.Contains("'dinsos.contoh.go.id/lkjip.pdf' is not a web address", url.Message);
        var sha = Assert.Single(errors, e => e.Field == "original.sha256");
        Assert.Equal(line + 2, sha.Line);
        Assert.Contains("is not a SHA-256 (64 hexadecimal digits", sha.Message);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public async Task A_misspelt_key_under_original_is_named_with_the_key_it_probably_means()
    {
        var seed = ExampleSeed();
        var line = SeedCopies.Replace(seed, Manifest, "  publisher: Dinas", "  publsher: Dinas");
        var problem = Assert.Single((await SeedCopies.LoadFailsLeavingTheDatabaseAsItWasAsync(fixture, seed)).Errors);
        Assert.Equal("original.publsher", problem.Field);
        Assert.Equal(line, problem.Line);
        Assert.Contains("did you mean 'publisher'", problem.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
