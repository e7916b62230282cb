using ClosedXML.Excel;
using Sakip.Api.Seeding;
using YamlDotNet.RepresentationModel;

namespace Sakip.Api.Workbooks;

/// <summary>A table as a workbook shows it: its fields of document.yaml and the rows of its CSV.</summary>
internal sealed record WorkbookTable(string Key, string Kind, IReadOnlyList<KeyPathValue> Fields, IReadOnlyList<CsvLine> Lines);

/// <summary>Writes a document folder (document.yaml and one CSV per table) as a workbook (see <see cref="WorkbookLayout"/>).</summary>
public static class WorkbookWriter
{
    /// <summary>Exports a document folder to an .xlsx file; the problems that stop it (a folder that does not read), in the folder's terms.</summary>
    public static IReadOnlyList<SeedError> Export(string folder, string workbookPath)
    {
        var errors = new List<SeedError>();
        var manifestPath = Path.Combine(folder, "document.yaml");
        if (!File.Exists(manifestPath))
        {
            return [new SeedError(folder, null, null, "is not a document folder: it has no document.yaml")];
        }
        var yaml = File.ReadAllText(manifestPath);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? new YamlMappingNode();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            return [new SeedError(manifestPath, (int)e.Start.Line, null, e.Message)];
        }

        var document = root.Children.Where(c => ((YamlScalarNode)c.Key).Value != WorkbookLayout.TablesKey)
            .SelectMany(c => KeyPaths.Flatten(c.Value, ((YamlScalarNode)c.Key).Value ?? "")).ToList();
        var tables = new List<WorkbookTable>();
        var items = root.Children.TryGetValue(new YamlScalarNode(WorkbookLayout.TablesKey), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children : [];
        foreach (var item in items)
        {
            var fields = KeyPaths.Flatten(item);
            var key = fields.FirstOrDefault(f => f.Path == WorkbookLayout.TableKeyColumn)?.Value ?? "";
            var kind = fields.FirstOrDefault(f => f.Path == "kind")?.Value ?? "";
            var csv = Path.Combine(folder, key + ".csv");
            if (key.Length == 0 || !File.Exists(csv))
            {
                errors.Add(new SeedError(manifestPath, (int)item.Start.Line, $"tables[{key}]", $"the file {key}.csv does not exist"));
                continue;
            }
            tables.Add(new WorkbookTable(key, kind, fields, CsvLines.Read(File.ReadAllText(csv), csv, errors)));
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        using var workbook = new XLWorkbook();
        Write(workbook, document, tables);
        workbook.SaveAs(workbookPath);
        return [];
    }

    /// <summary>The sheets of a workbook: Petunjuk, Dokumen, Tabel, one per table.</summary>
    internal static void Write(XLWorkbook workbook, IReadOnlyList<KeyPathValue> document, IReadOnlyList<WorkbookTable> tables)
    {
        var sheets = WorkbookLayout.SheetNames(tables.Select(t => t.Key));
        GuideSheet.Write(workbook.AddWorksheet(WorkbookLayout.Guide), tables);
        WriteDocument(workbook.AddWorksheet(WorkbookLayout.Document), document);
        WriteTables(workbook.AddWorksheet(WorkbookLayout.Tables), tables, sheets);
        for (var i = 0; i < tables.Count; i++)
        {
            WriteTable(workbook.AddWorksheet(sheets[i]), tables[i]);
        }
    }

    private static void WriteDocument(IXLWorksheet sheet, IReadOnlyList<KeyPathValue> values)
    {
        SheetWriting.Text(sheet.Cell(1, 1), WorkbookLayout.KeyColumn);
        SheetWriting.Text(sheet.Cell(1, 2), WorkbookLayout.ValueColumn);
        SheetWriting.Text(sheet.Cell(1, 3), WorkbookLayout.ExplanationColumn);
        for (var i = 0; i < values.Count; i++)
        {
            var row = i + 2;
            SheetWriting.Text(sheet.Cell(row, 1), values[i].Path);
            SheetWriting.Text(sheet.Cell(row, 2), values[i].Value);
            SheetWriting.Text(sheet.Cell(row, 3), ColumnGuide.OfKey(values[i].Path));
            if (ColumnVocabularies.OfManifest(values[i].Path) is { } choices)
            {
                SheetWriting.List(sheet, 2, row - 1, row, choices);
            }
        }
        SheetWriting.Header(sheet, 1, 3);
        SheetWriting.FormatColumns(sheet, 3, maxWidth: 80);
    }

    /// <summary>Tabel: the manifest's table fields (every field any table has: known ones first, in TableManifest's order), then the sheet.</summary>
    private static void WriteTables(IXLWorksheet sheet, IReadOnlyList<WorkbookTable> tables, IReadOnlyList<string> sheets)
    {
        var columns = TableColumns.Concat(tables.SelectMany(t => t.Fields.Select(f => f.Path))).Distinct().Append(WorkbookLayout.SheetColumn).ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            SheetWriting.Text(sheet.Cell(1, c + 1), columns[c]);
        }
        for (var i = 0; i < tables.Count; i++)
        {
            var values = tables[i].Fields.ToDictionary(f => f.Path, f => f.Value);
            values[WorkbookLayout.SheetColumn] = sheets[i];
            for (var c = 0; c < columns.Count; c++)
            {
                SheetWriting.Text(sheet.Cell(i + 2, c + 1), values.GetValueOrDefault(columns[c], ""));
            }
        }
        SheetWriting.List(sheet, columns.IndexOf("kind") + 1, 1, tables.Count + 1, ColumnVocabularies.TableKindNames);
        foreach (var (path, c) in columns.Select((p, c) => (p, c)))
        {
            if (ColumnVocabularies.OfManifest(path) is { } choices && path != "kind")
            {
                SheetWriting.List(sheet, c + 1, 1, tables.Count + 1, choices);
            }
        }
        SheetWriting.Header(sheet, 1, columns.Count);
        SheetWriting.FormatColumns(sheet, columns.Count, maxWidth: 60);
    }

    /// <summary>Tabel's columns before any a document adds: the fields of a table in document.yaml.</summary>
    internal static readonly IReadOnlyList<string> TableColumns = ["key", "kind", "number", "caption", "lines", "page", "year", "dash.means", "dash.columns[]", "dash.reason"];

    internal static void WriteTable(IXLWorksheet sheet, WorkbookTable table)
    {
        var headerRow = 0;
        IReadOnlyList<string> header = [];
        for (var i = 0; i < table.Lines.Count; i++)
        {
            var line = table.Lines[i];
            if (line.Comment is { } comment)
            {
                SheetWriting.Text(sheet.Cell(i + 1, 1), comment);
                sheet.Cell(i + 1, 1).Style.Font.FontColor = XLColor.Gray;
                continue;
            }
            for (var c = 0; c < (line.Fields?.Count ?? 0); c++)
            {
                SheetWriting.Text(sheet.Cell(i + 1, c + 1), line.Fields![c]);
            }
            if (line.Fields is not null && headerRow == 0)
            {
                headerRow = i + 1;
                header = line.Fields.Select(f => f.Trim()).ToList();
            }
        }
        if (headerRow == 0)
        {
            return;
        }
        SheetWriting.Header(sheet, headerRow, header.Count);
        for (var c = 0; c < header.Count; c++)
        {
            if (ColumnVocabularies.Of(table.Kind, header[c]) is { } choices)
            {
                SheetWriting.List(sheet, c + 1, headerRow, table.Lines.Count, choices);
            }
        }
        SheetWriting.FormatColumns(sheet, header.Count);
    }
}
