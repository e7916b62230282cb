using ClosedXML.Excel;
using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>The Petunjuk sheet: the workbook explained in Indonesian, with every column of every table kind it uses.</summary>
internal static class GuideSheet
{
    public static void Write(IXLWorksheet sheet, IReadOnlyList<WorkbookTable> tables)
    {
        var row = 1;
        void Line(string a, string b = "", bool bold = false)
        {
            SheetWriting.Text(sheet.Cell(row, 1), a);
            SheetWriting.Text(sheet.Cell(row, 2), b);
            sheet.Cell(row, 1).Style.Font.Bold = bold;
            sheet.Cell(row, 2).Style.Alignment.WrapText = true;
            row++;
        }
        Line("Petunjuk pengisian buku kerja dokumen SAKIP", bold: true);
        row++;
        foreach (var paragraph in ColumnGuide.Introduction)
        {
            Line("", paragraph);
        }
        row++;
        Line("Isi sel angka", "Arti", bold: true);
        foreach (var (written, meaning) in ColumnGuide.FigureCells)
        {
            Line(written, meaning);
        }
        row++;
        Line("Lembar Tabel", "Kolom", bold: true);
        foreach (var column in WorkbookWriter.TableColumns.Append(WorkbookLayout.SheetColumn))
        {
            Line(column, column == "kind"
                ? $"jenis tabel (pilihan: {string.Join(", ", ColumnVocabularies.TableKindNames)})"
                : ColumnGuide.OfKey(column));
        }
        foreach (var kind in tables.Select(t => t.Kind).Where(TableKinds.Exists).Distinct())
        {
            row++;
            Line($"Jenis tabel {kind}", "Kolom (baris judul setiap lembar tabel jenis ini)", bold: true);
            // The kind's columns, then any other a table of this kind uses (target_2025, or a 'rows' table's own).
            var used = tables.Where(t => t.Kind == kind)
                .SelectMany(t => t.Lines.FirstOrDefault(l => l.Fields is not null)?.Fields ?? []).Select(f => f.Trim());
            foreach (var column in WorkbookLayout.HeaderOf(kind).Concat(used).Distinct())
            {
                Line(column, ColumnGuide.Of(kind, column));
            }
        }
        sheet.Column(1).Width = 45;
        sheet.Column(2).Width = 110;
        sheet.Column(1).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
    }
}
