using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Sakip.Api.Workbooks;

/// <summary>
/// Reads a workbook (see <see cref="WorkbookLayout"/>) back into a document folder: document.yaml from Dokumen and Tabel,
/// one CSV per table sheet, such that SeedReader reads it as the folder the workbook was exported from. Every problem of
/// the workbook is listed in one run; what they concern is left out of the folder, the rest is written.
/// </summary>
public static partial class WorkbookReader
{
    /// <summary>
    /// Writes the document of a workbook to DIRECTORY/KEY (KEY: Dokumen's key), replacing the document.yaml and CSV
    /// files a folder there has (other files, such as the source text, stay). Load or read that folder, then tell its
    /// seed errors with <see cref="WorkbookImport.Translate"/> or <see cref="WorkbookImport.Explain"/>.
    /// </summary>
    /// <param name="workbookPath">The .xlsx file; named in problems as given.</param>
    public static WorkbookImport ReadInto(string workbookPath, string directory)
    {
        var import = new WorkbookImport(workbookPath);
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(workbookPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
            or ArgumentException or InvalidOperationException or NotSupportedException or System.Xml.XmlException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            import.Errors.Add(new WorkbookProblem(new WorkbookLocation(workbookPath), $"cannot be read as an Excel workbook (.xlsx): {e.Message}"));
            return import;
        }
        using (workbook)
        {
            new Reading(workbook, import).Into(directory);
        }
        return import;
    }

    private sealed class Reading(XLWorkbook workbook, WorkbookImport import)
    {
        private void Error(string? sheet, int? row, string? column, string message) =>
            import.Errors.Add(new WorkbookProblem(new WorkbookLocation(import.Workbook, sheet, row, column), message));

        private IXLWorksheet? Sheet(string name) => workbook.Worksheets.TryGetWorksheet(name, out var sheet) ? sheet : null;

        public void Into(string directory)
        {
            var document = ReadDocument();
            var tables = ReadTableList();
            var referenced = new HashSet<string>(tables.Select(t => t.Sheet), StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in workbook.Worksheets.Where(s => !WorkbookLayout.FixedSheets.Contains(s.Name, StringComparer.OrdinalIgnoreCase) && !referenced.Contains(s.Name)))
            {
                Error(sheet.Name, null, null, $"this sheet is not listed in sheet {WorkbookLayout.Tables} (column {WorkbookLayout.SheetColumn}, or {WorkbookLayout.TableKeyColumn} when it is empty); list it there or remove it");
            }
            var csvs = new List<(string Key, string Text)>();
            foreach (var table in tables)
            {
                if (Sheet(table.Sheet) is not { } sheet)
                {
                    Error(WorkbookLayout.Tables, table.Row, table.SheetColumn,
                        $"table '{table.Key}' is listed but the workbook has no sheet '{table.Sheet}'{Sakip.Api.Seeding.NearMiss.Hint(table.Sheet, workbook.Worksheets.Select(s => s.Name))}");
                    import.TablesWithoutSheet.Add(table.Key);
                    continue;
                }
                if (ReadTable(sheet, table.Key) is { } csv)
                {
                    csvs.Add((table.Key, csv));
                }
            }
            if (document is null)
            {
                return;
            }
            var (yaml, key) = document.Value;
            var folder = Path.Combine(directory, key);
            Directory.CreateDirectory(folder);
            foreach (var old in Directory.GetFiles(folder, "*.csv").Append(Path.Combine(folder, "document.yaml")).Where(File.Exists))
            {
                File.Delete(old);
            }
            // document.yaml lists the tables from Tabel, its other keys from Dokumen.
            var text = new StringBuilder(yaml);
            if (tables.Count > 0)
            {
                text.Append(WorkbookLayout.TablesKey).Append(":\n");
                foreach (var table in tables)
                {
                    var item = new StringBuilder();
                    table.Fields.WriteYaml(item, 4);
                    text.Append("  - ").Append(item.ToString().TrimStart(' '));
                }
            }
            File.WriteAllText(Path.Combine(folder, "document.yaml"), text.ToString());
            foreach (var (tableKey, csv) in csvs)
            {
                File.WriteAllText(Path.Combine(folder, tableKey + ".csv"), csv);
            }
            import.Folder = folder;
        }

        /// <summary>Dokumen as YAML (without tables) and the document key, or null when the key is missing.</summary>
        private (string Yaml, string Key)? ReadDocument()
        {
            if (Sheet(WorkbookLayout.Document) is not { } sheet)
            {
                Error(WorkbookLayout.Document, null, null, $"the workbook has no sheet '{WorkbookLayout.Document}' (the document's key, kind, year, title, region, agency ...)");
                return null;
            }
            var header = HeaderColumns(sheet, 1);
            if (!header.TryGetValue(WorkbookLayout.KeyColumn, out var keyColumn) | !header.TryGetValue(WorkbookLayout.ValueColumn, out var valueColumn))
            {
                Error(sheet.Name, 1, null, $"the first row must name the columns '{WorkbookLayout.KeyColumn}' and '{WorkbookLayout.ValueColumn}'");
                return null;
            }
            var values = new List<(KeyPathValue Value, int Index)>();
            var rows = new List<int>();
            for (var row = 2; row <= LastRow(sheet); row++)
            {
                var path = Text(sheet.Cell(row, keyColumn)).Trim();
                var value = Text(sheet.Cell(row, valueColumn)).Trim();
                if (path.Length == 0)
                {
                    if (value.Length > 0)
                    {
                        Error(sheet.Name, row, Column(WorkbookLayout.KeyColumn, keyColumn), $"the value '{value}' has no key");
                    }
                    continue;
                }
                if (KeyPaths.Problem(path) is { } problem)
                {
                    Error(sheet.Name, row, Column(WorkbookLayout.KeyColumn, keyColumn), problem);
                    continue;
                }
                if (path == WorkbookLayout.TablesKey || path.StartsWith(WorkbookLayout.TablesKey + "[", StringComparison.Ordinal) || path.StartsWith(WorkbookLayout.TablesKey + ".", StringComparison.Ordinal))
                {
                    Error(sheet.Name, row, Column(WorkbookLayout.KeyColumn, keyColumn), $"the tables are listed in sheet {WorkbookLayout.Tables}, one row per table");
                    continue;
                }
                import.DocumentRows.TryAdd(path, row);
                values.Add((new KeyPathValue(path, value), values.Count));
                rows.Add(row);
            }
            var tree = KeyPaths.Build(values, (i, message) => Error(sheet.Name, rows[i], Column(WorkbookLayout.KeyColumn, keyColumn), message));
            var key = values.FirstOrDefault(v => v.Value.Path == "key").Value?.Value ?? "";
            if (!FolderName().IsMatch(key))
            {
                Error(sheet.Name, import.DocumentRows.TryGetValue("key", out var r) ? r : null, Column(WorkbookLayout.ValueColumn, valueColumn),
                    key.Length == 0 ? "the document key is missing (row 'key'): it names the document's folder" : $"'{key}' is not a document key (lowercase letters, digits and hyphens)");
                return null;
            }
            var yaml = new StringBuilder();
            tree.WriteYaml(yaml);
            return (yaml.ToString(), key);
        }

        private sealed record ListedTable(string Key, string Sheet, int Row, string? SheetColumn, KeyPaths.Node Fields);

        /// <summary>Tabel's rows: each table's fields of document.yaml and its sheet.</summary>
        private List<ListedTable> ReadTableList()
        {
            var tables = new List<ListedTable>();
            if (Sheet(WorkbookLayout.Tables) is not { } sheet)
            {
                Error(WorkbookLayout.Tables, null, null, $"the workbook has no sheet '{WorkbookLayout.Tables}' (one row per table: key, kind, caption, lines ...)");
                return tables;
            }
            var columns = new List<(int Column, string Path)>();
            var lastColumn = LastColumn(sheet, 1);
            for (var c = 1; c <= lastColumn; c++)
            {
                var path = Text(sheet.Cell(1, c)).Trim();
                if (path.Length == 0)
                {
                    continue;
                }
                if (path != WorkbookLayout.SheetColumn && KeyPaths.Problem(path) is { } problem)
                {
                    Error(sheet.Name, 1, Column(path, c), problem);
                    continue;
                }
                columns.Add((c, path));
                import.TableColumnLetters.TryAdd(path, SheetWriting.Letter(c));
            }
            var keyColumn = columns.FirstOrDefault(c => c.Path == WorkbookLayout.TableKeyColumn).Column;
            if (keyColumn == 0)
            {
                Error(sheet.Name, 1, null, $"the first row must name the column '{WorkbookLayout.TableKeyColumn}' (the table key)");
                return tables;
            }
            var sheetColumn = columns.FirstOrDefault(c => c.Path == WorkbookLayout.SheetColumn).Column;
            for (var row = 2; row <= LastRow(sheet); row++)
            {
                var cells = columns.Select(c => (c.Column, c.Path, Value: Text(sheet.Cell(row, c.Column)).Trim())).ToList();
                if (cells.All(c => c.Value.Length == 0))
                {
                    continue;
                }
                var key = cells.First(c => c.Column == keyColumn).Value;
                if (!TableKey().IsMatch(key))
                {
                    Error(sheet.Name, row, Column(WorkbookLayout.TableKeyColumn, keyColumn),
                        key.Length == 0 ? "the table key is empty" : $"'{key}' is not a table key (letters, digits, '.', '-', '_')");
                    continue;
                }
                import.TableRows.TryAdd(key, row);
                var fields = cells.Where(c => c.Path != WorkbookLayout.SheetColumn).ToList();
                var node = KeyPaths.Build(fields.Select((c, i) => (new KeyPathValue(c.Path, c.Value), i)),
                    (i, message) => Error(sheet.Name, row, Column(fields[i].Path, fields[i].Column), message));
                var sheetName = sheetColumn > 0 && Text(sheet.Cell(row, sheetColumn)).Trim() is { Length: > 0 } named ? named : key;
                tables.Add(new ListedTable(key, sheetName, row, sheetColumn > 0 ? Column(WorkbookLayout.SheetColumn, sheetColumn) : Column(WorkbookLayout.TableKeyColumn, keyColumn), node));
            }
            return tables;
        }

        /// <summary>A table sheet as CSV text (null when it has no header), noting which sheet row each CSV line came from.</summary>
        private string? ReadTable(IXLWorksheet sheet, string key)
        {
            var lastRow = LastRow(sheet);
            var headerRow = Enumerable.Range(1, lastRow).FirstOrDefault(r => !IsEmpty(sheet, r) && Comment(sheet, r) is null);
            if (headerRow == 0)
            {
                Error(sheet.Name, null, null, "the sheet has no header row (the column names: line, row, ... as in seed/README.md)");
                return null;
            }
            var width = LastColumn(sheet, headerRow);
            var header = Enumerable.Range(1, width).Select(c => Text(sheet.Cell(headerRow, c)).Trim()).ToList();
            var ok = true;
            var widest = Enumerable.Range(headerRow, lastRow - headerRow + 1).Select(r => LastColumn(sheet, r)).DefaultIfEmpty(0).Max();
            for (var c = 1; c <= widest; c++)
            {
                if (c > width || header[c - 1].Length == 0)
                {
                    var used = Enumerable.Range(headerRow + 1, Math.Max(0, lastRow - headerRow)).FirstOrDefault(r => Text(sheet.Cell(r, c)).Trim().Length > 0);
                    if (used > 0)
                    {
                        Error(sheet.Name, used, SheetWriting.Letter(c), $"this cell has a value but its column has no name in the header row {headerRow}");
                        ok = false;
                    }
                }
            }
            if (!ok)
            {
                return null;
            }
            var csv = new StringBuilder();
            var rowOfLine = new Dictionary<int, int>();
            var line = 1;
            for (var row = 1; row <= lastRow; row++)
            {
                rowOfLine[line] = row;
                string text;
                if (row < headerRow || row > headerRow && (IsEmpty(sheet, row) || Comment(sheet, row) is not null))
                {
                    // A comment keeps its place (and so every row's line); it is one line whatever breaks a cell holds.
                    text = Comment(sheet, row)?.ReplaceLineEndings(" ") ?? "";
                }
                else
                {
                    // A column without a name (and, checked above, without values) is not written.
                    var fields = Enumerable.Range(1, width).Where(c => header[c - 1].Length > 0).Select(c => Text(sheet.Cell(row, c)).ReplaceLineEndings("\n")).ToList();
                    text = CsvLines.Format(fields);
                }
                csv.Append(text).Append('\n');
                line += 1 + text.Count(c => c == '\n');
            }
            import.Tables[key] = new TableOrigin(sheet.Name, headerRow, header, rowOfLine);
            return csv.ToString();
        }

        private static bool IsEmpty(IXLWorksheet sheet, int row) => sheet.Row(row).CellsUsed().All(c => c.GetString().Trim().Length == 0);

        /// <summary>A '#' comment row: its first cell starts with '#' and the others are empty.</summary>
        private static string? Comment(IXLWorksheet sheet, int row)
        {
            var first = sheet.Cell(row, 1).GetString();
            return first.StartsWith('#') && sheet.Row(row).CellsUsed().All(c => c.Address.ColumnNumber == 1 || c.GetString().Length == 0) ? first : null;
        }

        private static int LastRow(IXLWorksheet sheet) => sheet.LastRowUsed()?.RowNumber() ?? 0;

        private static int LastColumn(IXLWorksheet sheet, int row) =>
            sheet.Row(row).CellsUsed().Where(c => c.GetString().Length > 0).Select(c => c.Address.ColumnNumber).DefaultIfEmpty(0).Max();

        private static Dictionary<string, int> HeaderColumns(IXLWorksheet sheet, int row)
        {
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var c = 1; c <= LastColumn(sheet, row); c++)
            {
                columns.TryAdd(sheet.Cell(row, c).GetString().Trim(), c);
            }
            return columns;
        }

        private static string Column(string name, int column) => $"{name} ({SheetWriting.Letter(column)})";

        /// <summary>
        /// A cell's text. A cell Excel holds as a number, date or formula (typed without the text format) is read as the
        /// text it shows, with a warning: Excel may have changed it (0063 shown as 63).
        /// </summary>
        private string Text(IXLCell cell)
        {
            if (cell.IsEmpty())
            {
                return "";
            }
            if (cell.DataType == XLDataType.Text && !cell.HasFormula)
            {
                return cell.GetString();
            }
            string shown;
            try
            {
                shown = cell.GetFormattedString();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Error(cell.Worksheet.Name, cell.Address.RowNumber, SheetWriting.Letter(cell.Address.ColumnNumber), $"the cell's value cannot be read ({e.Message}); type it as text");
                return "";
            }
            var what = cell.HasFormula ? "a formula" : cell.DataType switch
            {
                XLDataType.DateTime => "a date",
                XLDataType.TimeSpan => "a time",
                XLDataType.Boolean => "a TRUE/FALSE value",
                _ => "a number",
            };
            import.Warnings.Add(new WorkbookProblem(new WorkbookLocation(import.Workbook, cell.Worksheet.Name, cell.Address.RowNumber, SheetWriting.Letter(cell.Address.ColumnNumber)),
                $"the cell holds {what}, not text; read as the text it shows, '{shown}': check it is as printed in the document, and format the cell as Text (Excel may have changed it, 0063 into 63)"));
            return shown;
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex FolderName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex TableKey();
}
