using ClosedXML.Excel;
using Sakip.Api.Seeding;
using Sakip.Api.Workbooks;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Workbooks;

/// <summary>
/// A workbook's problems are told in the workbook's terms (file, sheet, row, column), never as the folder written from
/// it, and all of them in one run: the workbook's own, then what the seed reader and the loader find in what it wrote.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class WorkbookErrorTests(DatabaseFixture fixture) : IDisposable
{
    private readonly WorkbookFiles _files = new();

    private string EditedRak(Action<XLWorkbook> edit)
    {
        var path = _files.Export(TestSeed.FolderOf(TestSeed.Rak), "rak");
        using (var workbook = new XLWorkbook(path))
        {
            edit(workbook);
            workbook.Save();
        }
        return path;
    }

    private static int TabelRow(XLWorkbook workbook, string key) =>
        workbook.Worksheet(WorkbookLayout.Tables).Column(1).CellsUsed().First(c => c.GetString() == key).Address.RowNumber;

    [Fact]
    public void Every_problem_of_a_workbook_is_listed_with_its_sheet_row_and_column()
    {
        int missingRow = 0, documentRow = 0;
        var path = EditedRak(workbook =>
        {
            workbook.Worksheet("T1.2").Delete();                          // a table listed without a sheet
            missingRow = TabelRow(workbook, "T1.2");
            workbook.Worksheet("T1.4").Cell(1, 5).SetValue("certifed");   // a misspelt column
            var document = workbook.Worksheet(WorkbookLayout.Document);
            documentRow = document.LastRowUsed().RowNumber() + 1;
            document.Cell(documentRow, 1).SetValue("region..code");       // a key path that is not one
            document.Cell(documentRow, 2).SetValue("62.07");
            workbook.AddWorksheet("Catatan").Cell(1, 1).SetValue("catatan saya"); // a sheet no table names
            var typed = workbook.Worksheet("T1.3").Cell(2, 4);            // a number typed where the text was, in a cell not formatted as text
            typed.Style.NumberFormat.NumberFormatId = 0;
            typed.SetValue(5783347586L);
            Assert.Equal(XLDataType.Number, typed.DataType);
        });

        var import = WorkbookReader.ReadInto(path, _files.SeedFolder("back"));
        Assert.NotNull(import.Folder); // what the problems do not concern is written, so the rest is checked too
        var (_, errors, _) = WorkbookFiles.Read(import.Folder!);
        var problems = import.Explain(errors).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            $"{path}, sheet Dokumen, row {documentRow}, column kunci (A): 'region..code' is not a key path like region.code, region.capaian_scale.classes[0].label or dash.columns[]",
            $"{path}, sheet Catatan: this sheet is not listed in sheet Tabel (column sheet, or key when it is empty); list it there or remove it",
            $"{path}, sheet Tabel, row {missingRow}, column sheet (K): table 'T1.2' is listed but the workbook has no sheet 'T1.2'; did you mean 'T1.1'?",
            $"{path}, sheet T1.4, row 1, column certifed (E): is not a column of kind 'psks'; did you mean 'certified'? (see seed/README.md)",
        ], problems);
        var warning = Assert.Single(import.Warnings);
        Assert.Equal($"{path}, sheet T1.3, row 2, column D", warning.Where.ToString());
        Assert.Contains("holds a number, not text; read as the text it shows, '5783347586'", warning.Message);
    }

    [Fact]
    public void A_workbook_without_its_fixed_sheets_or_headers_says_so_without_writing_a_folder()
    {
        var path = EditedRak(workbook =>
        {
            workbook.Worksheet(WorkbookLayout.Document).Delete();
            workbook.Worksheet(WorkbookLayout.Tables).Cell(1, 1).SetValue("kunci");
            workbook.Worksheet("T1.1").Clear();
        });
        var import = WorkbookReader.ReadInto(path, _files.SeedFolder("back"));
        Assert.Null(import.Folder);
        Assert.Equal(
        [
            $"{path}, sheet Dokumen: the workbook has no sheet 'Dokumen' (the document's key, kind, year, title, region, agency ...)",
            $"{path}, sheet Tabel, row 1: the first row must name the column 'key' (the table key)",
        ], import.Errors.Take(2).Select(e => e.ToString()));
        // With no table list every table sheet is unlisted; each is named, none is skipped.
        Assert.Equal(_files.SheetCount - 3, import.Errors.Count(e => e.Message.StartsWith("this sheet is not listed", StringComparison.Ordinal)));

        File.WriteAllText(Path.Combine(_files.Root, "not.xlsx"), "plain text");
        var broken = WorkbookReader.ReadInto(Path.Combine(_files.Root, "not.xlsx"), _files.SeedFolder("broken"));
        Assert.StartsWith($"{Path.Combine(_files.Root, "not.xlsx")}: cannot be read as an Excel workbook (.xlsx)", Assert.Single(broken.Errors).ToString());
    }

    [Fact]
    public async Task Malformed_figures_found_by_the_loader_are_told_by_sheet_row_and_column_across_multi_line_cells()
    {
        var path = EditedRak(workbook =>
        {
            var positions = workbook.Worksheet("T1.1");
            positions.Cell(2, 10).SetValue("baris satu\nbaris dua\nbaris tiga"); // a note over three lines: later rows' CSV lines move
            positions.Cell(5, 5).SetValue("1x");
            workbook.Worksheet("T1.3").Cell(2, 4).SetValue("Rp. 5.783.347.58x");
        });
        var seed = _files.SeedFolder("back");
        var import = WorkbookReader.ReadInto(path, seed);
        Assert.Empty(import.Errors);
        await using var database = await ScratchDatabase.CreateAsync(fixture, "wb_errors");
        var failure = await Assert.ThrowsAsync<SeedValidationException>(() => database.LoadAsync(seed));

        var problems = import.Translate(failure.Errors).Select(e => e.ToString()).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith($"{path}, sheet T1.1, row 5, column pns (E): ", StringComparison.Ordinal) && p.Contains("'1x'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{path}, sheet T1.3, row 2, column amount (D): ", StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();
}
