using System.Globalization;
using System.Text;
using System.Xml;

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
/// workbook and the CSV hold the same numbers.
/// <para>The package (SpreadsheetML, ECMA-376) is written here part by part with <see cref="XmlWriter"/> into a zip:
/// a site writes one workbook per table, tens of thousands per build, and an object model of the workbook (ClosedXML)
/// cost over ten times what this does (the seed's build: some 30 s of threads' time against 2 to 3 s). Writing the parts ourselves also makes the bytes depend only
/// on the table: fixed part names, relationship ids, document dates and zip entry times.</para></remarks>
public static class TableWorkbook
{
    public const string DataSheet = "Data";
    public const string NotesSheet = "Keterangan";
    const string Locale = "[$-421]";
    const string Fixed = "2000-01-01T00:00:00Z";

    const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    static readonly XmlWriterSettings Xml = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    public static byte[] Write(DataTable table, DownloadSource source)
    {
        var fields = TableSchema.Fields(table);
        var styles = new Styles();
        var strings = new SharedStrings();
        using var buffer = new MemoryStream();
        return PartZip.Write(
        [
            .. SharedParts,
            Part(buffer, "docProps/core.xml", xml => Core(xml, table.Caption)),
            // The sheets first: they register the styles and strings the last two parts list.
            Part(buffer, "xl/worksheets/sheet1.xml", xml => WriteData(xml, table, fields, styles, strings)),
            Part(buffer, "xl/worksheets/sheet2.xml", xml => WriteNotes(xml, table, fields, source, styles, strings)),
            Part(buffer, "xl/styles.xml", styles.Write),
            Part(buffer, "xl/sharedStrings.xml", strings.Write),
        ]);
    }

    /// <summary>The zlib level of a workbook's own parts: 1, the fastest. A 2,000-document site has some 114,000
    /// workbooks, and compressing their parts at zlib's default level (6) took a sixth of the generator's processor time.
    /// Full builds of that site with every answer cached took 82.4-85.4 s at level 1 against 95.6-96.0 s at level 6, for
    /// workbooks 21% larger (813.6 MB instead of 667.2 MB, 7.1 KB each instead of 5.9 KB; the site is 4.4 GB); level 2
    /// saved 2 s for 4% (docs/benchmarks.md, 2026-12-05).</summary>
    const int Level = 1;

    /// <summary>The four parts every workbook holds byte for byte, compressed once (at zlib's smallest level).</summary>
    static readonly PartZip.Part[] SharedParts = CompressSharedParts();

    static PartZip.Part[] CompressSharedParts()
    {
        using var buffer = new MemoryStream();
        return
        [
            Part(buffer, "[Content_Types].xml", ContentTypes, 9),
            Part(buffer, "_rels/.rels", xml => Rels(xml, PackageRelationships,
                ("rId1", Relationships + "/officeDocument", "xl/workbook.xml"),
                ("rId2", PackageRelationships + "/metadata/core-properties", "docProps/core.xml")), 9),
            Part(buffer, "xl/workbook.xml", Workbook, 9),
            Part(buffer, "xl/_rels/workbook.xml.rels", xml => Rels(xml, PackageRelationships,
                ("rId1", Relationships + "/worksheet", "worksheets/sheet1.xml"),
                ("rId2", Relationships + "/worksheet", "worksheets/sheet2.xml"),
                ("rId3", Relationships + "/styles", "styles.xml"),
                ("rId4", Relationships + "/sharedStrings", "sharedStrings.xml")), 9),
        ];
    }

    /// <summary>The number format of a column: computed figures with their stated decimals, published ones with the most
    /// decimals any of its figures has (so 75.695 shows without a decimal comma and 0,5 as 0,5). One format per column,
    /// not per cell.</summary>
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

    static void WriteData(XmlWriter xml, DataTable table, IReadOnlyList<DownloadField> fields, Styles styles, SharedStrings strings)
    {
        var widths = new int[fields.Count];
        var scales = new int[fields.Count];
        var values = new object?[table.Rows.Count, fields.Count];
        for (var c = 0; c < fields.Count; c++) widths[c] = fields[c].Title.Length;
        for (var r = 0; r < table.Rows.Count; r++)
            for (var c = 0; c < fields.Count; c++)
            {
                var value = values[r, c] = fields[c].Value(table.Rows[r]);
                if (value is decimal d)
                {
                    scales[c] = Math.Max(scales[c], Scale(d));
                    widths[c] = Math.Max(widths[c], Format.Number(d, 10).Length + 4);
                }
                else if (value is string s) widths[c] = Math.Max(widths[c], s.Length);
            }
        var formats = new string?[fields.Count];
        for (var c = 0; c < fields.Count; c++)
            if (fields[c].Type != FieldType.String)
                formats[c] = fields[c].Type == FieldType.Integer ? Locale + "0" : NumberFormat(fields[c], scales[c]);

        StartSheet(xml, fields.Count, table.Rows.Count + 1);
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("tabSelected", "1");
        xml.WriteAttributeString("workbookViewId", "0");
        // The header row frozen: it stays in view as the reader scrolls.
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection", Main);
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        Columns(xml, Enumerable.Range(0, fields.Count).Select(c => (c + 1, (double)Math.Clamp(widths[c] + 2, 8, 60), 0)));

        xml.WriteStartElement("sheetData", Main);
        var header = styles.Of(new Style(Bold: true, Fill: true, Wrap: true, Format: null));
        StartRow(xml, 1);
        for (var c = 0; c < fields.Count; c++) TextCell(xml, 1, c, fields[c].Title, header, strings);
        xml.WriteEndElement();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var bold = table.Rows[r].Kind == RowKind.Total;
            StartRow(xml, r + 2);
            for (var c = 0; c < fields.Count; c++)
            {
                var style = styles.Of(new Style(bold, Fill: false, Wrap: false, formats[c]));
                switch (values[r, c])
                {
                    case decimal d:
                        NumberCell(xml, r + 2, c, Number(d), style);
                        break;
                    case int i:
                        NumberCell(xml, r + 2, c, i.ToString(CultureInfo.InvariantCulture), style);
                        break;
                    case string s:
                        // Stored as text, never as what Excel would parse it as ("0063", "60 (B)").
                        TextCell(xml, r + 2, c, s, style, strings);
                        break;
                    default:
                        // An empty cell keeps the row's and column's style, as a spreadsheet's own would.
                        if (style != 0) EmptyCell(xml, r + 2, c, style);
                        break;
                }
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        EndSheet(xml);
    }

    static void WriteNotes(XmlWriter xml, DataTable table, IReadOnlyList<DownloadField> fields, DownloadSource source, Styles styles, SharedStrings strings)
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
        if (source.Release is { } release) about = [.. about, ("Rilis data", release)];
        string[] heads = ["Kolom", "Nama di CSV", "Jenis", "Satuan", "Presisi", "Keterangan"];
        var rows = new List<(string[] Cells, bool BoldFirst, bool BoldAll)>();
        rows.AddRange(about.Select(a => (new[] { a.Item1, a.Item2 }, true, false)));
        rows.Add(([], false, false));
        rows.Add((heads, false, true));
        foreach (var field in fields)
            rows.Add(([field.Title, field.Name, field.TypeName, field.Unit ?? "", field.Decimals is { } d ? $"{d} desimal" : field.Type == FieldType.String ? "" : "tepat", field.Description], false, false));

        var wrap = styles.Of(new Style(Bold: false, Fill: false, Wrap: true, null));
        StartSheet(xml, heads.Length, rows.Count);
        Columns(xml, [(1, 28, 0), (2, 90, wrap), (3, 12, 0), (4, 12, 0), (5, 12, 0), (6, 90, wrap)]);
        xml.WriteStartElement("sheetData", Main);
        for (var r = 0; r < rows.Count; r++)
        {
            var (cells, boldFirst, boldAll) = rows[r];
            if (cells.Length == 0) continue;
            StartRow(xml, r + 1);
            for (var c = 0; c < cells.Length; c++)
            {
                var wrapped = c is 1 or 5;
                var style = styles.Of(new Style(boldAll || (boldFirst && c == 0), Fill: false, wrapped, null));
                if (cells[c].Length > 0) TextCell(xml, r + 1, c, cells[c], style, strings);
                else if (style != 0) EmptyCell(xml, r + 1, c, style);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        EndSheet(xml);
    }

    static void StartSheet(XmlWriter xml, int columns, int rows)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("dimension", Main);
        xml.WriteAttributeString("ref", "A1:" + Reference(Math.Max(rows, 1), Math.Max(columns, 1) - 1));
        xml.WriteEndElement();
    }

    static void EndSheet(XmlWriter xml)
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    static void Columns(XmlWriter xml, IEnumerable<(int Index, double Width, int Style)> columns)
    {
        xml.WriteStartElement("cols", Main);
        foreach (var (index, width, style) in columns)
        {
            xml.WriteStartElement("col", Main);
            var n = index.ToString(CultureInfo.InvariantCulture);
            xml.WriteAttributeString("min", n);
            xml.WriteAttributeString("max", n);
            xml.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
            if (style != 0) xml.WriteAttributeString("style", style.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    static void StartRow(XmlWriter xml, int row)
    {
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
    }

    static void StartCell(XmlWriter xml, int row, int column, int style, string? type)
    {
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", Reference(row, column));
        if (style != 0) xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        if (type is not null) xml.WriteAttributeString("t", type);
    }

    static void NumberCell(XmlWriter xml, int row, int column, string number, int style)
    {
        StartCell(xml, row, column, style, null);
        xml.WriteElementString("v", Main, number);
        xml.WriteEndElement();
    }

    static void TextCell(XmlWriter xml, int row, int column, string text, int style, SharedStrings strings)
    {
        StartCell(xml, row, column, style, "s");
        xml.WriteElementString("v", Main, strings.Of(text).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    static void EmptyCell(XmlWriter xml, int row, int column, int style)
    {
        StartCell(xml, row, column, style, null);
        xml.WriteEndElement();
    }

    /// <summary>The figure in the invariant notation of xsd:double, without trailing zeros (4712818176, 102.67).</summary>
    static string Number(decimal d) => d.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A cell's A1 reference; <paramref name="column"/> counts from 0.</summary>
    static string Reference(int row, int column)
    {
        Span<char> letters = stackalloc char[4];
        var i = letters.Length;
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters[--i] = (char)('A' + (n - 1) % 26);
        return string.Concat(letters[i..], row.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A part written into <paramref name="buffer"/> (emptied first) and compressed.</summary>
    static PartZip.Part Part(MemoryStream buffer, string name, Action<XmlWriter> write, int level = Level)
    {
        buffer.SetLength(0);
        using (var xml = XmlWriter.Create(buffer, Xml)) write(xml);
        return PartZip.Compress(name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), level);
    }

    static void ContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        const string office = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Types", ns);
        foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
        foreach (var (part, type) in new[]
                 {
                     ("/xl/workbook.xml", office + "sheet.main+xml"),
                     ("/xl/worksheets/sheet1.xml", office + "worksheet+xml"),
                     ("/xl/worksheets/sheet2.xml", office + "worksheet+xml"),
                     ("/xl/styles.xml", office + "styles+xml"),
                     ("/xl/sharedStrings.xml", office + "sharedStrings+xml"),
                     ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                 })
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    static void Rels(XmlWriter xml, string ns, params (string Id, string Type, string Target)[] relationships)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("Relationships", ns);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", ns);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    static void Core(XmlWriter xml, string title)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteElementString("dc", "title", dc, Text(title));
        xml.WriteElementString("dc", "creator", dc, "SAKIP Terbuka");
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(Fixed);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    static void Workbook(XmlWriter xml)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("bookViews", Main);
        xml.WriteStartElement("workbookView", Main);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets", Main);
        var id = 0;
        foreach (var name in new[] { DataSheet, NotesSheet })
        {
            id++;
            xml.WriteStartElement("sheet", Main);
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("sheetId", id.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("r", "id", Relationships, "rId" + id.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Text as a cell may hold it: a character XML cannot carry (a control character from a document) is
    /// written as the escape of ECMA-376 (<c>_x000B_</c>), and so is the underscore of text that reads like one.</summary>
    static string Text(string text)
    {
        if (!text.AsSpan().ContainsAny(Special) && !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF')) return text;
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && !text.AsSpan(i + 2, 4).ContainsAnyExcept(Hex))
                escaped.Append("_x005F_");
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                escaped.Append(c).Append(text[++i]);
            else if (c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            else
                escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>What <see cref="Text"/> looks at: underscores and the characters XML 1.0 cannot carry (surrogates apart).</summary>
    static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        "_\uFFFE\uFFFF" + string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c)));

    static readonly System.Buffers.SearchValues<char> Hex = System.Buffers.SearchValues.Create("0123456789ABCDEFabcdef");

    /// <summary>A cell's look: bold, the header's fill, wrapped text, a number format.</summary>
    readonly record struct Style(bool Bold, bool Fill, bool Wrap, string? Format);

    /// <summary>The workbook's cell formats (cellXfs), numbered in the order the sheets first use them; 0 is plain.</summary>
    sealed class Styles
    {
        readonly List<Style> _styles = [new(false, false, false, null)];
        readonly Dictionary<Style, int> _index = new() { [new(false, false, false, null)] = 0 };
        readonly List<string> _formats = [];

        public int Of(Style style)
        {
            if (_index.TryGetValue(style, out var i)) return i;
            if (style.Format is { } f && !_formats.Contains(f)) _formats.Add(f);
            _styles.Add(style);
            return _index[style] = _styles.Count - 1;
        }

        // Custom number formats are numbered from 164, after Excel's built-in ones.
        int FormatId(string? format) => format is null ? 0 : 164 + _formats.IndexOf(format);

        public void Write(XmlWriter xml)
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("styleSheet", Main);
            if (_formats.Count > 0)
            {
                xml.WriteStartElement("numFmts", Main);
                xml.WriteAttributeString("count", _formats.Count.ToString(CultureInfo.InvariantCulture));
                for (var i = 0; i < _formats.Count; i++)
                {
                    xml.WriteStartElement("numFmt", Main);
                    xml.WriteAttributeString("numFmtId", FormatId(_formats[i]).ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("formatCode", _formats[i]);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteStartElement("fonts", Main);
            xml.WriteAttributeString("count", "2");
            foreach (var bold in new[] { false, true })
            {
                xml.WriteStartElement("font", Main);
                if (bold) xml.WriteElementString("b", Main, null);
                Value(xml, "sz", "11");
                Value(xml, "name", "Calibri");
                Value(xml, "family", "2");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            // Fills 0 and 1 are the two every workbook has (none, gray125); 2 is the header's pale blue.
            xml.WriteStartElement("fills", Main);
            xml.WriteAttributeString("count", "3");
            foreach (var pattern in new[] { "none", "gray125" })
            {
                xml.WriteStartElement("fill", Main);
                xml.WriteStartElement("patternFill", Main);
                xml.WriteAttributeString("patternType", pattern);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteStartElement("fill", Main);
            xml.WriteStartElement("patternFill", Main);
            xml.WriteAttributeString("patternType", "solid");
            xml.WriteStartElement("fgColor", Main);
            xml.WriteAttributeString("rgb", "FFDDEBF7");
            xml.WriteEndElement();
            xml.WriteStartElement("bgColor", Main);
            xml.WriteAttributeString("indexed", "64");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("borders", Main);
            xml.WriteAttributeString("count", "1");
            xml.WriteStartElement("border", Main);
            foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" }) xml.WriteElementString(side, Main, null);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("cellStyleXfs", Main);
            xml.WriteAttributeString("count", "1");
            Xf(xml, new Style(false, false, false, null), master: false);
            xml.WriteEndElement();
            xml.WriteStartElement("cellXfs", Main);
            xml.WriteAttributeString("count", _styles.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var style in _styles) Xf(xml, style, master: true);
            xml.WriteEndElement();
            xml.WriteStartElement("cellStyles", Main);
            xml.WriteAttributeString("count", "1");
            xml.WriteStartElement("cellStyle", Main);
            xml.WriteAttributeString("name", "Normal");
            xml.WriteAttributeString("xfId", "0");
            xml.WriteAttributeString("builtinId", "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        void Xf(XmlWriter xml, Style style, bool master)
        {
            xml.WriteStartElement("xf", Main);
            xml.WriteAttributeString("numFmtId", FormatId(style.Format).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("fontId", style.Bold ? "1" : "0");
            xml.WriteAttributeString("fillId", style.Fill ? "2" : "0");
            xml.WriteAttributeString("borderId", "0");
            if (master) xml.WriteAttributeString("xfId", "0");
            if (style.Format is not null) xml.WriteAttributeString("applyNumberFormat", "1");
            if (style.Bold) xml.WriteAttributeString("applyFont", "1");
            if (style.Fill) xml.WriteAttributeString("applyFill", "1");
            if (style.Wrap)
            {
                xml.WriteAttributeString("applyAlignment", "1");
                xml.WriteStartElement("alignment", Main);
                xml.WriteAttributeString("wrapText", "1");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        static void Value(XmlWriter xml, string element, string value)
        {
            xml.WriteStartElement(element, Main);
            xml.WriteAttributeString("val", value);
            xml.WriteEndElement();
        }
    }

    /// <summary>The workbook's shared string table: each distinct text once, cells refer to it by index.</summary>
    sealed class SharedStrings
    {
        readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        readonly List<string> _strings = [];
        int _uses;

        public int Of(string text)
        {
            _uses++;
            if (_index.TryGetValue(text, out var i)) return i;
            _strings.Add(text);
            return _index[text] = _strings.Count - 1;
        }

        public void Write(XmlWriter xml)
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("sst", Main);
            xml.WriteAttributeString("count", _uses.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("uniqueCount", _strings.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var text in _strings)
            {
                xml.WriteStartElement("si", Main);
                xml.WriteStartElement("t", Main);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(Text(text));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
    }
}
