using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Sakip.Site.Rendering;
using Sakip.Site.Rendering.Downloads;

namespace Sakip.Tests.Site;

/// <summary>A table's downloads on a table of their own: the CSV's documented header, the stated precision (computed
/// percentages rounded to 2 decimals, published figures exact), printed text in its own column, rows flagged by kind,
/// the workbook's numbers and Indonesian formats, and the datapackage.json that describes the CSV.</summary>
public sealed class TableDownloadTests
{
    private static readonly DownloadSource Source = new("LKjIP 2022 Dinas Contoh", "https://sakip.example.id/wilayah/99-01/dinsos/2022/lkjip/", null, OpenDataLicense.Default);

    /// <summary>A budget table as the LKjIP page builds one: printed pagu (as the document wrote it), a realisation
    /// not reported, a computed absorption of many decimals, a published percentage, and a computed total row.</summary>
    private static DataTable Budget()
    {
        var table = new DataTable("anggaran", "Realisasi dan penyerapan anggaran 2022")
            .Column("uraian", "Program / kegiatan")
            .Column("pagu", "Pagu", ValueKind.Rupiah)
            .Column("realisasi", "Realisasi", ValueKind.Rupiah)
            .Column("penyerapan", "Penyerapan", ValueKind.Percent)
            .Column("persen_tercetak", "Persentase tercetak", ValueKind.Percent, published: true)
            .Column("sumber", "Sumber");
        table.Row(emphasis: true).Text("Program: Rehabilitasi Sosial")
            .Figure(4712818176.0000m, "Rp. 4.712.818.176").Figure(4838328576.00m).Figure(102.66666666666666666666666667m).Figure(102.666m).Text("Tabel 3.4, baris 12");
        table.Row(1).Text("Kegiatan: Pemberdayaan \"Sosial\", Kabupaten")
            .Figure(1800000m, "Rp.1.800.000").Figure(null, "tidak dilaporkan").Figure(null).Figure(null).Text(null);
        table.TotalRow().Text("Jumlah semua program")
            .Figure(4714618176m).Figure(4838328576m).Figure(100m).Figure(null).Text("dijumlahkan dari baris program");
        return table;
    }

    private static List<string[]> Records(string csv) => ParseCsv(csv);

    [Fact]
    public void Csv_header_names_every_field_and_a_computed_percentage_is_rounded_to_two_decimals()
    {
        var records = Records(Budget().ToCsv());

        Assert.Equal(["uraian", "pagu", "pagu_teks", "realisasi", "realisasi_teks", "penyerapan", "penyerapan_teks",
            "persen_tercetak", "persen_tercetak_teks", "sumber", "baris_jenis", "baris_tingkat"], records[0]);
        var program = Field(records, 1, "penyerapan");
        Assert.Equal("102.67", program);
        Assert.Equal("100.00", Field(records, 3, "penyerapan"));
        // Published figures: exactly as stored, without the database column's trailing zeros.
        Assert.Equal("102.666", Field(records, 1, "persen_tercetak"));
        Assert.Equal("4712818176", Field(records, 1, "pagu"));
        Assert.Equal("4838328576", Field(records, 1, "realisasi"));
    }

    [Fact]
    public void Printed_text_is_in_its_own_column_and_numeric_columns_hold_only_numbers()
    {
        var table = Budget();
        var records = Records(table.ToCsv());
        var fields = TableSchema.Fields(table);

        Assert.Equal("Rp. 4.712.818.176", Field(records, 1, "pagu_teks"));
        Assert.Equal("Rp.1.800.000", Field(records, 2, "pagu_teks"));
        Assert.Equal("1800000", Field(records, 2, "pagu"));
        Assert.Equal("", Field(records, 2, "realisasi"));
        Assert.Equal("tidak dilaporkan", Field(records, 2, "realisasi_teks"));
        // A figure shown in its own notation has no separate text.
        Assert.Equal("", Field(records, 1, "realisasi_teks"));
        Assert.Equal("Kegiatan: Pemberdayaan \"Sosial\", Kabupaten", Field(records, 2, "uraian"));
        foreach (var field in fields.Where(f => f.Type != FieldType.String))
            foreach (var record in records.Skip(1))
            {
                var value = record[records[0].ToList().IndexOf(field.Name)];
                Assert.True(value.Length == 0 || decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                    $"{field.Name} holds \"{value}\", which is not a number");
            }
    }

    /// <summary>A target column as the RAK and LKjIP pages build one: indicators of different units in one column, so
    /// the number is the stored figure and the text beside it is what the page shows when that is more than the figure.</summary>
    [Fact]
    public void A_target_column_holds_the_stored_figure_and_the_shown_text_only_where_it_says_more()
    {
        var table = new DataTable("capaian", "Target dan capaian")
            .Column("indikator", "Indikator")
            .Column("target", "Target", ValueKind.Number)
            .Column("capaian_tercetak", "Capaian tercetak", ValueKind.Percent, published: true);
        table.Row().Text("Jumlah penyuluh sosial").Figure(30m, "30").Figure(100m, "100%");
        table.Row().Text("Persentase PMKS yang mandiri").Figure(25m, "25%").Figure(53.28m, "53,28%");
        table.Row().Text("Nilai SAKIP").Figure(60m, "60 (B)").Figure(null, "tidak dilaporkan");
        table.Row().Text("Nilai AKIP").Figure(null, "BB").Figure(null);
        var records = Records(table.ToCsv());

        Assert.Equal(("30", ""), (Field(records, 1, "target"), Field(records, 1, "target_teks")));
        Assert.Equal(("100", ""), (Field(records, 1, "capaian_tercetak"), Field(records, 1, "capaian_tercetak_teks")));
        Assert.Equal(("25", "25%"), (Field(records, 2, "target"), Field(records, 2, "target_teks")));
        Assert.Equal(("53.28", ""), (Field(records, 2, "capaian_tercetak"), Field(records, 2, "capaian_tercetak_teks")));
        Assert.Equal(("60", "60 (B)"), (Field(records, 3, "target"), Field(records, 3, "target_teks")));
        Assert.Equal(("", "tidak dilaporkan"), (Field(records, 3, "capaian_tercetak"), Field(records, 3, "capaian_tercetak_teks")));
        Assert.Equal(("", "BB"), (Field(records, 4, "target"), Field(records, 4, "target_teks")));
    }

    [Fact]
    public void Each_row_says_whether_it_is_a_detail_a_group_or_a_computed_total()
    {
        var records = Records(Budget().ToCsv());

        Assert.Equal(["kelompok", "rincian", "jumlah"], records.Skip(1).Select(r => r[records[0].ToList().IndexOf("baris_jenis")]));
        Assert.Equal(["0", "1", "0"], records.Skip(1).Select(r => r[records[0].ToList().IndexOf("baris_tingkat")]));
    }

    [Fact]
    public void Workbook_opens_with_numbers_in_indonesian_formats_a_bold_frozen_header_and_its_source_and_licence()
    {
        var bytes = TableWorkbook.Write(Budget(), Source);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(TableWorkbook.DataSheet);
        Assert.Equal("Program / kegiatan", sheet.Cell(1, 1).GetString());
        Assert.Equal("Pagu", sheet.Cell(1, 2).GetString());
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);

        var pagu = sheet.Cell(2, 2);
        Assert.Equal(XLDataType.Number, pagu.DataType);
        Assert.Equal(4712818176d, pagu.GetDouble());
        Assert.Equal("[$-421]\"Rp\"#,##0", pagu.Style.NumberFormat.Format);
        Assert.Equal("[$-421]\"Rp\"#,##0", sheet.Cell(4, 2).Style.NumberFormat.Format);
        Assert.Equal("Rp. 4.712.818.176", sheet.Cell(2, 3).GetString());
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 3).DataType);

        var absorption = sheet.Cell(2, 6);
        Assert.Equal(XLDataType.Number, absorption.DataType);
        Assert.Equal(102.67d, absorption.GetDouble());
        Assert.Equal("[$-421]#,##0.00\"%\"", absorption.Style.NumberFormat.Format);
        Assert.Equal("[$-421]#,##0.000\"%\"", sheet.Cell(2, 8).Style.NumberFormat.Format);
        Assert.True(sheet.Cell(4, 1).Style.Font.Bold, "the total row is bold");
        Assert.True(sheet.Column(1).Width > 20, "the first column is as wide as its text");

        var notes = workbook.Worksheet(TableWorkbook.NotesSheet);
        var text = string.Join("\n", notes.CellsUsed().Select(c => c.GetString()));
        Assert.Contains(Source.PageUrl, text);
        Assert.Contains("CC BY 4.0", text);
        Assert.Contains("pagu_teks", text);
    }

    [Fact]
    public void Workbook_is_a_valid_office_open_xml_spreadsheet()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(TableWorkbook.Write(Budget(), Source)), isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
        Assert.Equal([TableWorkbook.DataSheet, TableWorkbook.NotesSheet], document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        Assert.Equal("Realisasi dan penyerapan anggaran 2022", document.PackageProperties.Title);
    }

    [Fact]
    public void Workbook_keeps_text_that_xml_cannot_carry_as_it_is()
    {
        string[] texts = ["tab\tand\u000bvertical tab", "  spaces around  ", "emoji \U0001F600", "_x0041_ is not A"];
        var table = new DataTable("teks", "Teks").Column("uraian", "Uraian");
        foreach (var text in texts) table.Row().Text(text);
        var bytes = TableWorkbook.Write(table, Source);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(TableWorkbook.DataSheet);
        Assert.Equal(texts[..3], texts[..3].Select((_, i) => sheet.Cell(i + 2, 1).GetString()));
        // Text that reads like an escape has its underscore escaped (ECMA-376 ST_Xstring), which Excel reads back as
        // written; ClosedXML 0.95 decodes such text twice, so the shared string is checked as stored.
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Contains("_x005F_x0041_ is not A", document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(i => i.Text!.Text));
    }

    [Fact]
    public void Workbook_bytes_depend_only_on_the_table()
    {
        var first = TableWorkbook.Write(Budget(), Source);
        Thread.Sleep(1100);
        Assert.Equal(first, TableWorkbook.Write(Budget(), Source));
    }

    [Fact]
    public void Workbook_zip_entries_state_their_checksums_lengths_and_a_fixed_date()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(TableWorkbook.Write(Budget(), Source)));

        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/core.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/sharedStrings.xml"], zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(content);
            Assert.Equal(entry.Length, content.Length);
            Assert.Equal(entry.Crc32, System.IO.Hashing.Crc32.HashToUInt32(content.ToArray()));
            Assert.True(entry.CompressedLength < entry.Length, entry.FullName);
            Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
        }
    }

    [Fact]
    public void Datapackage_describes_every_csv_with_the_fields_of_its_header()
    {
        var other = new DataTable("grafik-penyerapan", "Penyerapan per program").Column("program", "Program").Column("penyerapan", "Penyerapan", ValueKind.Percent);
        other.Row().Text("A").Figure(41.424136336614043199682938110m);
        DataTable[] tables = [Budget(), other];

        using var package = JsonDocument.Parse(DataPackage.Write("wilayah-99-01-dinsos-2022-lkjip", "LKjIP 2022", tables, Source));
        var root = package.RootElement;

        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.Equal("CC-BY-4.0", root.GetProperty("licenses")[0].GetProperty("name").GetString());
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(["anggaran.csv", "grafik-penyerapan.csv"], resources.Select(r => r.GetProperty("path").GetString()));
        string[] types = ["string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"];
        foreach (var (resource, table) in resources.Zip(tables))
        {
            Assert.Equal("tabular-data-resource", resource.GetProperty("profile").GetString());
            Assert.Equal("utf-8", resource.GetProperty("encoding").GetString());
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(Records(table.ToCsv())[0], fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f =>
            {
                Assert.Contains(f.GetProperty("type").GetString(), types);
                Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()));
                Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("title").GetString()));
            });
        }
        var absorption = resources[0].GetProperty("schema").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "penyerapan");
        Assert.Equal("number", absorption.GetProperty("type").GetString());
        Assert.Equal("persen", absorption.GetProperty("unit").GetString());
        Assert.Equal(2, absorption.GetProperty("decimals").GetInt32());
        Assert.Contains("dibulatkan ke 2", absorption.GetProperty("description").GetString());
    }

    private static string Field(List<string[]> records, int row, string name) => records[row][Array.IndexOf(records[0], name)];

    /// <summary>RFC 4180 records (quoted fields with doubled quotes, CRLF between records).</summary>
    internal static List<string[]> ParseCsv(string csv)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString()); field.Clear();
                records.Add([.. record]); record.Clear();
                i++;
            }
            else field.Append(c);
        }
        Assert.True(field.Length == 0 && record.Count == 0, "the CSV ends with CRLF");
        return records;
    }
}
