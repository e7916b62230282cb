using ClosedXML.Excel;
using Sakip.Api.Seeding;
using Sakip.Api.Workbooks;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Workbooks;

/// <summary>Every cell is text: what Excel would read as a number, a percentage, a date, a formula or a code goes out and comes back as written.</summary>
public sealed class WorkbookTextCellTests : IDisposable
{
    private readonly WorkbookFiles _files = new();

    private static readonly string[] Tricky =
    [
        "0063", "72,51%", "6282-6307", "1", "Rp. 4.712.818.176", "2026-01-02", "1/2", "TRUE", "=1+1", "'kutip", "1E5", "- [tidak dicatat]",
        "koma, dan \"kutip\"", "#bukan catatan",
    ];

    [Fact]
    public void Figures_and_codes_round_trip_exactly_as_text()
    {
        var seed = TestSeed.CopyTo(_files.SeedFolder("original"), TestSeed.Rak);
        var csv = Path.Combine(seed, TestSeed.Rak, "T1.3.csv");
        // agency-budget (T1.3): line,row,agency,amount; the tricky values in a text column, figures in the figure column.
        File.WriteAllText(csv, "line,row,agency,amount,note\n" + string.Join("", Tricky.Select((t, i) =>
            CsvLines.Format(["316", $"{i + 1}", t, i < 5 ? t : "-", t]) + "\n")));

        var path = _files.Export(Path.Combine(seed, TestSeed.Rak), "tricky");
        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet("T1.3");
            for (var i = 0; i < Tricky.Length; i++)
            {
                var cell = sheet.Cell(i + 2, 3);
                Assert.Equal((XLDataType.Text, false, Tricky[i]), (cell.DataType, cell.HasFormula, cell.GetString()));
            }
        }
        var import = WorkbookReader.ReadInto(path, _files.SeedFolder("back"));
        Assert.Empty(import.Errors);
        Assert.Empty(import.Warnings);

        var errors = new List<SeedError>();
        var original = CsvRecords.Parse(File.ReadAllText(csv), "original", errors).Select(r => (r.Line, string.Join("|", r.Fields)));
        var back = CsvRecords.Parse(File.ReadAllText(Path.Combine(import.Folder!, "T1.3.csv")), "back", errors).Select(r => (r.Line, string.Join("|", r.Fields)));
        Assert.Empty(errors);
        Assert.Equal(original, back);
        var (document, readErrors, _) = WorkbookFiles.Read(import.Folder!);
        Assert.Empty(readErrors);
        Assert.Contains(document!.Tables.Single(t => t.Key == "T1.3").Rows, r => r.Text("amount") == "72,51%");
        Assert.Equal(Tricky, document.Tables.Single(t => t.Key == "T1.3").Rows.Select(r => r.Text("agency")));
    }

    public void Dispose() => _files.Dispose();
}
