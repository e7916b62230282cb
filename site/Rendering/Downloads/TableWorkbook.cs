using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Sakip.Site.Rendering.Downloads;

/// <summary>Where a table's downloads come from, as the workbook's notes and datapackage.json state it.</summary>
public sealed record DownloadSource(string PageTitle, string PageUrl, string? Release, OpenDataLicense License);

/// <summary>A table as an Excel workbook for people who read it in a spreadsheet: sheet "Data" with the fields of the CSV
/// (<see cref="TableSchema"/>) under their titles, figures stored as numbers (never text) in Indonesian notation, the
/// header bold and frozen, totals bold; sheet "Keterangan" with the table's source, licence and every column's meaning.</summary>
/// <remarks>The number formats carry the Indonesian locale code <c>[$-421]</c> and the grouping and decimal placeholders
/// of Excel's format language (<c>#,##0.00</c>): Excel and LibreOffice draw those placeholders with the reader's
/// separators, so an Indonesian installation shows <c>5.783.347.586</c> and <c>41,42%</c>, while the cell holds the
/// number itself. Percentages are stored as the CSV states them (41.42, with a literal "%" in the format), so the
/// workbook and the CSV hold the same numbers. The bytes depend only on the table: the document's dates and the zip
/// entries' times are fixed.</remarks>
public static partial class TableWorkbook
{
    public const string DataSheet = "Data";
    public const string NotesSheet = "Keterangan";
    const string Locale = "[$-421]";
    static readonly DateTime Fixed = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Write(DataTable table, DownloadSource source)
    {
        var fields = TableSchema.Fields(table);
        using var workbook = new XLWorkbook();
        workbook.Properties.Created = Fixed;
        workbook.Properties.Modified = Fixed;
        workbook.Properties.Title = table.Caption;
        workbook.Properties.Author = "SAKIP Terbuka";
        WriteData(workbook.AddWorksheet(DataSheet), table, fields);
        WriteNotes(workbook.AddWorksheet(NotesSheet), table, fields, source);
        using var saved = new MemoryStream();
        workbook.SaveAs(saved);
        return Normalised(saved);
    }

    /// <summary>The number format of a column: computed figures with their stated decimals, published ones with the most
    /// decimals any of its figures has (so 75.695 shows without a decimal comma and 0,5 as 0,5). One format per column,
    /// not per cell: styles are what a workbook costs to write.</summary>
    public static string NumberFormat(DownloadField field, int scale)
    {
        var decimals = field.Decimals ?? scale;
        var number = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : "");
        return field.Unit switch
        {
            "rupiah" => Locale + "\"Rp\"" + number,
            "persen" => Locale + number + "\"%\"",
            _ => Locale + number,
        };
    }

    static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    static void WriteData(IXLWorksheet sheet, DataTable table, IReadOnlyList<DownloadField> fields)
    {
        var widths = new int[fields.Count];
        var scales = new int[fields.Count];
        for (var c = 0; c < fields.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(fields[c].Title);
            widths[c] = fields[c].Title.Length;
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < fields.Count; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (fields[c].Value(row))
                {
                    case decimal d:
                        cell.SetValue(d);
                        scales[c] = Math.Max(scales[c], Scale(d));
                        widths[c] = Math.Max(widths[c], Format.Number(d, 10).Length + 4);
                        break;
                    case int i:
                        cell.SetValue(i);
                        break;
                    case string s:
                        // SetValue of a string stores text, never what Excel would parse it as ("0063", "60 (B)").
                        cell.SetValue(s);
                        cell.DataType = XLDataType.Text;
                        widths[c] = Math.Max(widths[c], s.Length);
                        break;
                }
            }
            if (row.Kind == RowKind.Total) sheet.Row(r + 2).Style.Font.Bold = true;
        }
        var header = sheet.Range(1, 1, 1, fields.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        header.Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);
        for (var c = 0; c < fields.Count; c++)
        {
            sheet.Column(c + 1).Width = Math.Clamp(widths[c] + 2, 8, 60);
            if (fields[c].Type != FieldType.String && table.Rows.Count > 0)
                sheet.Range(2, c + 1, table.Rows.Count + 1, c + 1).Style.NumberFormat.Format =
                    fields[c].Type == FieldType.Integer ? Locale + "0" : NumberFormat(fields[c], scales[c]);
        }
    }

    static void WriteNotes(IXLWorksheet sheet, DataTable table, IReadOnlyList<DownloadField> fields, DownloadSource source)
    {
        (string, string)[] about =
        [
            ("Tabel", table.Caption),
            ("Halaman", source.PageTitle),
            ("Alamat halaman", source.PageUrl),
            ("Sumber", "Dokumen RAK dan LKjIP perangkat daerah sebagaimana dipublikasikan; sumber tiap angka (tabel dan baris dokumen) ada di kolom Sumber bila tabel memilikinya."),
            ("Lisensi", $"{source.License.Title}: {source.License.Url}"),
            ("Catatan tabel", table.Note ?? ""),
            ("Angka", "Angka tersimpan sebagai angka dengan format Indonesia ([$-421]): titik pemisah ribuan, koma desimal. " +
                      "Angka tercetak ditulis tepat; persentase yang dihitung dibulatkan 2 desimal. Persen ditulis sebagai angka persen (41,42 berarti 41,42%)."),
        ];
        var r = 1;
        foreach (var (label, text) in source.Release is { } release ? [.. about, ("Rilis data", release)] : about)
        {
            sheet.Cell(r, 1).SetValue(label).Style.Font.Bold = true;
            sheet.Cell(r, 2).SetValue(text);
            sheet.Cell(r, 2).DataType = XLDataType.Text;
            r++;
        }
        r++;
        string[] heads = ["Kolom", "Nama di CSV", "Jenis", "Satuan", "Presisi", "Keterangan"];
        for (var c = 0; c < heads.Length; c++) sheet.Cell(r, c + 1).SetValue(heads[c]).Style.Font.Bold = true;
        foreach (var field in fields)
        {
            r++;
            string[] values = [field.Title, field.Name, field.TypeName, field.Unit ?? "", field.Decimals is { } d ? $"{d} desimal" : field.Type == FieldType.String ? "" : "tepat", field.Description];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(r, c + 1).SetValue(values[c]);
                sheet.Cell(r, c + 1).DataType = XLDataType.Text;
            }
        }
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 90;
        sheet.Column(2).Style.Alignment.WrapText = true;
        for (var c = 3; c <= 5; c++) sheet.Column(c).Width = 12;
        sheet.Column(6).Width = 90;
        sheet.Column(6).Style.Alignment.WrapText = true;
    }

    /// <summary>The saved package with what System.IO.Packaging makes random made fixed, so the same table gives the same
    /// bytes (a rebuild then leaves the file and its date alone): every zip entry's time, the name of the core-properties
    /// part (a new GUID each time) and the ids of the package's relationships.</summary>
    static byte[] Normalised(MemoryStream saved)
    {
        saved.Position = 0;
        using var output = new MemoryStream();
        using (var from = new ZipArchive(saved, ZipArchiveMode.Read))
        using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in from.Entries)
            {
                var name = CorePropertiesPart().Replace(entry.FullName, CoreProperties);
                var copy = to.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var read = entry.Open();
                using var write = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    var text = new StreamReader(read).ReadToEnd();
                    var n = 0;
                    text = RandomRelationshipId().Replace(CorePropertiesPart().Replace(text, CoreProperties), _ => "Id=\"rIdPackage" + ++n + "\"");
                    write.Write([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
                }
                else
                    read.CopyTo(write);
            }
        }
        return output.ToArray();
    }

    const string CoreProperties = "package/services/metadata/core-properties/core.psmdcp";

    [GeneratedRegex("package/services/metadata/core-properties/[0-9a-f]{32}\\.psmdcp")]
    private static partial Regex CorePropertiesPart();

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();
}
