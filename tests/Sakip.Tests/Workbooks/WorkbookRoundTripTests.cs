using Sakip.Api.Workbooks;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Workbooks;

/// <summary>
/// A workbook is another way to write a document folder: exporting each test document and reading the workbook back
/// gives the folder the loader reads as the original, and a database loaded from the read-back folders is the database
/// loaded from the originals.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class WorkbookRoundTripTests(DatabaseFixture fixture) : IDisposable
{
    private readonly WorkbookFiles _files = new();

    private string RoundTrip(string key, string seed)
    {
        var workbook = _files.Export(TestSeed.FolderOf(key), key);
        var import = WorkbookReader.ReadInto(workbook, seed);
        Assert.True(import.Errors.Count == 0, string.Join("\n", import.Errors));
        Assert.True(import.Warnings.Count == 0, string.Join("\n", import.Warnings));
        Assert.Equal(Path.Combine(seed, key), import.Folder);
        return import.Folder!;
    }

    [Theory]
    [InlineData(TestSeed.Rak)]
    [InlineData(TestSeed.Lkjip)]
    public void A_document_read_back_from_its_workbook_reads_as_the_original(string key)
    {
        var folder = RoundTrip(key, _files.SeedFolder("back"));
        var original = WorkbookFiles.Read(Path.Combine(TestSeed.Folder, key));
        var back = WorkbookFiles.Read(folder);
        Assert.Empty(original.Errors);
        Assert.True(back.Errors.Count == 0, string.Join("\n", back.Errors));
        Assert.Equal(original.Warnings, back.Warnings);
        Assert.True(original.Document!.RowCount > 100, "the comparison covers real rows");
        // Manifest (every key, region policies and dash included), every table and row with its CSV line, cells and dash reading.
        Assert.Equal(WorkbookFiles.Describe(original.Document!), WorkbookFiles.Describe(back.Document!));
        Assert.Equal(
            Directory.GetFiles(TestSeed.FolderOf(key)).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_test_document_exported_and_read_back_loads_an_identical_database()
    {
        var seed = _files.SeedFolder("loaded");
        foreach (var key in TestSeed.Documents)
        {
            RoundTrip(key, seed);
        }
        await using var original = await ScratchDatabase.CreateAsync(fixture, "wb_original");
        await using var roundTripped = await ScratchDatabase.CreateAsync(fixture, "wb_roundtrip");
        var expected = await original.LoadAsync(TestSeed.Folder);
        var actual = await roundTripped.LoadAsync(seed);
        Assert.Equal((expected.Documents, expected.Rows, expected.Findings), (actual.Documents, actual.Rows, actual.Findings));

        await using var left = await original.OpenConnectionAsync();
        await using var right = await roundTripped.OpenConnectionAsync();
        // content_hash included: it is the hash of what the folder says (ContentFingerprint), not of its bytes.
        var before = await DatabaseContent.ReadAsync(left);
        var after = await DatabaseContent.ReadAsync(right);
        Assert.Null(DatabaseContent.Difference(before, after));
        Assert.True(before["source_rows"].Count == expected.Rows && expected.Rows > 500 && before["findings"].Count > 0, "the comparison covers real rows");
    }

    public void Dispose() => _files.Dispose();
}
