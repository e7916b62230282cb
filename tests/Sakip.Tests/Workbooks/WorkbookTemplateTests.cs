using ClosedXML.Excel;
using Sakip.Api.Seeding;
using Sakip.Api.Workbooks;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Workbooks;

/// <summary>A blank workbook per document kind: it explains itself, offers the closed vocabularies as lists, and once filled in it loads.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class WorkbookTemplateTests(DatabaseFixture fixture) : IDisposable
{
    private readonly WorkbookFiles _files = new();

    private string Template(string kind)
    {
        var path = Path.Combine(_files.Root, $"template-{kind}.xlsx");
        Assert.True(WorkbookTemplates.Write(kind, path));
        return path;
    }

    /// <summary>The list a cell's drop-down offers, or null.</summary>
    private static string? ListAt(IXLCell cell) =>
        cell.Worksheet.DataValidations.FirstOrDefault(v => v.Ranges.Any(r => r.Contains(cell)))?.Value;

    private static int ColumnOf(IXLWorksheet sheet, string header, int row = 1) =>
        sheet.Row(row).CellsUsed().First(c => c.GetString() == header).Address.ColumnNumber;

    [Theory]
    [InlineData("RAK", "T-RENCANA-AKSI")]
    [InlineData("LKJIP", "T-CAPAIAN-KINERJA")]
    public void A_template_opens_with_its_guide_its_tables_and_their_lists(string kind, string indicatorTable)
    {
        using var workbook = new XLWorkbook(Template(kind));
        Assert.Equal(["Petunjuk", "Dokumen", "Tabel"], workbook.Worksheets.Take(3).Select(s => s.Name));
        var guide = workbook.Worksheet("Petunjuk");
        Assert.Contains(guide.CellsUsed(), c => c.GetString() == "- [tidak dicatat], - [tidak dicatat: L4534 ...]");
        Assert.Contains(guide.CellsUsed(), c => c.GetString() == "polarity");

        var document = workbook.Worksheet("Dokumen");
        var kindRow = document.Column(1).CellsUsed().First(c => c.GetString() == "kind").Address.RowNumber;
        Assert.Equal(kind, document.Cell(kindRow, 2).GetString());
        Assert.Equal("\"RAK,LKJIP,PK,RENSTRA\"", ListAt(document.Cell(kindRow, 2)));
        Assert.Equal("", document.Cell(document.Column(1).CellsUsed().First(c => c.GetString() == "region.code").Address.RowNumber, 2).GetString());

        var tables = workbook.Worksheet("Tabel");
        Assert.Contains("indicators", ListAt(tables.Cell(2, ColumnOf(tables, "kind"))));
        Assert.Equal("\"zero,not-recorded\"", ListAt(tables.Cell(2, ColumnOf(tables, "dash.means"))));

        var indicators = workbook.Worksheet(indicatorTable);
        Assert.Equal(WorkbookLayout.HeaderOf(TableKinds.Indicators), indicators.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal("\"misi,rpjmd-tujuan,rpjmd-sasaran,tujuan,sasaran,program,kegiatan,sub-kegiatan\"", ListAt(indicators.Cell(2, ColumnOf(indicators, "level"))));
        Assert.Equal("\"higher,lower\"", ListAt(indicators.Cell(40, ColumnOf(indicators, "polarity"))));
        Assert.Equal("\"yes\"", ListAt(indicators.Cell(2, ColumnOf(indicators, "total"))));
        Assert.Equal("@", indicators.Cell(2, ColumnOf(indicators, "target")).Style.NumberFormat.Format);
    }

    [Fact]
    public void A_template_read_unfilled_names_every_value_to_fill_in_by_sheet_and_row()
    {
        var path = Template("RAK");
        var import = WorkbookReader.ReadInto(path, _files.SeedFolder("blank"));
        Assert.Single(import.Errors); // no key, so no folder: the key names it
        Assert.Equal($"{path}, sheet Dokumen, row 2, column nilai (B): the document key is missing (row 'key'): it names the document's folder", import.Errors[0].ToString());
    }

    [Fact]
    public async Task A_template_filled_with_a_tiny_document_loads()
    {
        var seed = _files.SeedFolder("filled");
        foreach (var (kind, key, year) in new[] { ("RAK", "uji-rak-2026", "2026"), ("LKJIP", "uji-lkjip-2025", "2025") })
        {
            var path = Template(kind);
            using (var workbook = new XLWorkbook(path))
            {
                Fill(workbook, key, year);
                workbook.Save();
            }
            var import = WorkbookReader.ReadInto(path, seed);
            Assert.True(import.Errors.Count == 0, string.Join("\n", import.Errors));
            var (document, errors, _) = WorkbookFiles.Read(import.Folder!);
            Assert.True(errors.Count == 0, string.Join("\n", import.Translate(errors)));
            Assert.Equal(kind, document!.Manifest.Kind);
        }
        await using var database = await ScratchDatabase.CreateAsync(fixture, "wb_template");
        var result = await database.LoadAsync(seed);
        Assert.Equal((SeedOutcome.Loaded, 2, 4), (result.Outcome, result.Documents, result.Rows));
        await using var db = database.CreateContext();
        // One agency (region 63.99, dinsos) with its RAK and LKjIP: one indicator, a target from each document.
        Assert.Equal(1, db.Indicators.Count());
        Assert.Equal(2, db.IndicatorFigures.ToList().Count(f => f.Figure.Published == "72,51%" && f.Figure.Value == 72.51m));
    }

    /// <summary>Fills a template as a data officer would: the document's values, every listed table's caption and lines, a unit and an indicator.</summary>
    private static void Fill(XLWorkbook workbook, string key, string year)
    {
        var document = workbook.Worksheet("Dokumen");
        var values = new Dictionary<string, string>
        {
            ["key"] = key, ["year"] = year, ["title"] = $"Dokumen Uji {key}", ["source_file"] = "uji.txt",
            ["region.code"] = "63.99", ["region.name"] = "Kabupaten Uji", ["region.province"] = "Provinsi Uji",
            ["agency.key"] = "dinsos", ["agency.name"] = "Dinas Sosial Kabupaten Uji", ["signatory.nip"] = "19731004 200604 2 017",
        };
        foreach (var cell in document.Column(1).CellsUsed())
        {
            if (values.TryGetValue(cell.GetString(), out var value))
            {
                document.Cell(cell.Address.RowNumber, 2).SetValue(value);
            }
        }
        var tables = workbook.Worksheet("Tabel");
        for (var row = 2; row <= tables.LastRowUsed().RowNumber(); row++)
        {
            tables.Cell(row, ColumnOf(tables, "caption")).SetValue("Tabel Uji");
            tables.Cell(row, ColumnOf(tables, "lines")).SetValue("1-100");
        }
        var units = workbook.Worksheet("T-STRUKTUR-ORGANISASI");
        foreach (var (column, value) in new[] { ("line", "5"), ("key", "sekretariat"), ("kind", "sekretariat"), ("name", "Sekretariat") })
        {
            units.Cell(2, ColumnOf(units, column)).SetValue(value);
        }
        var indicators = workbook.Worksheet(workbook.Worksheets.First(s => s.Name is "T-RENCANA-AKSI" or "T-CAPAIAN-KINERJA").Name);
        foreach (var (column, value) in new[]
        {
            ("line", "10"), ("node", "prog-uji"), ("level", "program"), ("name", "Program Uji"), ("indicator", "ind-uji"),
            ("indicator_name", "Persentase uji"), ("satuan", "%"), ("target", "72,51%"), ("unit", "sekretariat"),
        })
        {
            indicators.Cell(2, ColumnOf(indicators, column)).SetValue(value);
        }
    }

    public void Dispose() => _files.Dispose();
}
