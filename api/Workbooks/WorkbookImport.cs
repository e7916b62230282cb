using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>Where each generated CSV's lines came from: the sheet, its header row and columns, and the sheet row of every line.</summary>
internal sealed record TableOrigin(string Sheet, int HeaderRow, IReadOnlyList<string> Header, IReadOnlyDictionary<int, int> RowOfLine);

/// <summary>
/// A workbook read into a document folder: the folder (null when the workbook gave none), the problems of the workbook
/// itself, and the way back from the folder's files to the workbook, so a seed error (file, line, field) of the folder is
/// told as sheet, row and column.
/// </summary>
public sealed class WorkbookImport
{
    internal WorkbookImport(string workbook) => Workbook = workbook;

    /// <summary>The workbook file as the user named it.</summary>
    public string Workbook { get; }

    /// <summary>The document folder written (DIRECTORY/KEY), or null when the workbook does not name its key.</summary>
    public string? Folder { get; internal set; }

    /// <summary>Problems of the workbook itself (a missing sheet, a table listed without a sheet, a header missing); the folder misses what they concern.</summary>
    public List<WorkbookProblem> Errors { get; } = [];

    /// <summary>What was read but should be checked (a cell holding an Excel number or date, read as the text it shows).</summary>
    public List<WorkbookProblem> Warnings { get; } = [];

    internal Dictionary<string, TableOrigin> Tables { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> DocumentRows { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, int> TableRows { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, string> TableColumnLetters { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> TablesWithoutSheet { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Seed errors (or warnings) of the folder, told in the workbook's terms; errors about other files pass unchanged, and
    /// the missing CSV of a table already reported as having no sheet is left out (it is in <see cref="Errors"/>).
    /// </summary>
    public IReadOnlyList<SeedError> Translate(IEnumerable<SeedError> errors) =>
        errors.Where(e => !IsMissingSheet(e)).Select(e => Locate(e)?.ToSeedError() ?? e).ToList();

    /// <summary>Every problem: the workbook's own, then the folder's seed errors in the workbook's terms.</summary>
    public IReadOnlyList<WorkbookProblem> Explain(IEnumerable<SeedError> errors) =>
        Errors.Concat(errors.Where(e => !IsMissingSheet(e)).Select(e => Locate(e) ?? new WorkbookProblem(new WorkbookLocation(e.File, null, e.Line, e.Field), e.Message))).ToList();

    private bool IsMissingSheet(SeedError e) =>
        IsOurs(e.File) && Path.GetFileName(e.File) == "document.yaml" && e.Field is { } f && f.StartsWith("tables[", StringComparison.Ordinal)
        && TablesWithoutSheet.Contains(f[7..f.IndexOf(']')]) && e.Message.Contains(".csv does not exist", StringComparison.Ordinal);

    /// <summary>A seed error of this workbook's folder as a workbook problem; null when it is about another file.</summary>
    public WorkbookProblem? Locate(SeedError error)
    {
        if (!IsOurs(error.File))
        {
            return null;
        }
        var name = Path.GetFileName(error.File);
        if (name == "document.yaml")
        {
            return new WorkbookProblem(LocateKey(error.Field), error.Message);
        }
        if (!Tables.TryGetValue(Path.GetFileNameWithoutExtension(name), out var table))
        {
            return null;
        }
        int? row = error.Line is { } line
            ? table.RowOfLine.Where(p => p.Key <= line).OrderByDescending(p => p.Key).Select(p => (int?)p.Value).FirstOrDefault()
            : null;
        var column = error.Field is { } field
            ? table.Header.ToList().IndexOf(field) is var c and >= 0 ? $"{field} ({SheetWriting.Letter(c + 1)})" : field
            : null;
        return new WorkbookProblem(new WorkbookLocation(Workbook, table.Sheet, row, column), error.Message);
    }

    private bool IsOurs(string file) =>
        Folder is not null && Path.GetFileName(Path.GetDirectoryName(file.Replace('\\', '/'))) == Path.GetFileName(Folder);

    /// <summary>A key path of document.yaml: tables[KEY].field is Tabel's row of KEY and the field's column; any other is its Dokumen row.</summary>
    private WorkbookLocation LocateKey(string? path)
    {
        if (path is null)
        {
            return new WorkbookLocation(Workbook, WorkbookLayout.Document);
        }
        if (path.StartsWith("tables[", StringComparison.Ordinal) && path.IndexOf(']') is var end and > 0)
        {
            var key = path[7..end];
            var field = path.Length > end + 2 ? path[(end + 2)..] : WorkbookLayout.TableKeyColumn;
            // A list's items (dash.columns) are one cell, written dash.columns[].
            var column = TableColumnLetters.ContainsKey(field) ? field : TableColumnLetters.ContainsKey(field + "[]") ? field + "[]" : field;
            return new WorkbookLocation(Workbook, WorkbookLayout.Tables, TableRows.TryGetValue(key, out var r) ? r : null,
                TableColumnLetters.TryGetValue(column, out var letter) ? $"{column} ({letter})" : column);
        }
        if (path == WorkbookLayout.TablesKey)
        {
            return new WorkbookLocation(Workbook, WorkbookLayout.Tables);
        }
        // The key's own row, or the first row under it (region.capaian_scale: its thresholds' rows), or none: then say the key.
        var row = DocumentRows.TryGetValue(path, out var own) ? own
            : DocumentRows.Where(p => p.Key.StartsWith(path + ".", StringComparison.Ordinal) || p.Key.StartsWith(path + "[", StringComparison.Ordinal))
                .Select(p => (int?)p.Value).Min();
        return new WorkbookLocation(Workbook, WorkbookLayout.Document, row,
            row is null ? $"{WorkbookLayout.KeyColumn} {path} (not in the sheet)" : $"{WorkbookLayout.ValueColumn} ({path})");
    }
}
