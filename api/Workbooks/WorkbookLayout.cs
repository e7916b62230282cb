using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>
/// The sheets of a document workbook and their fixed headers. A workbook is another way to write a document folder:
/// Petunjuk explains it, Dokumen holds document.yaml without its tables (key path, value), Tabel holds the tables: list
/// (one row per table, its fields as columns, and the sheet its rows are on), then one sheet per table, as its CSV.
/// </summary>
public static class WorkbookLayout
{
    public const string Guide = "Petunjuk";
    public const string Document = "Dokumen";
    public const string Tables = "Tabel";

    /// <summary>Dokumen's columns: the key path (region.code), its value, and an explanation the reader ignores.</summary>
    public const string KeyColumn = "kunci";
    public const string ValueColumn = "nilai";
    public const string ExplanationColumn = "keterangan";

    /// <summary>
    /// Tabel's column naming the sheet a table's rows are on: the table key, unless Excel's sheet-name rules (31
    /// characters, no : \ / ? * [ ], unique ignoring case) or one of the fixed sheets forbid it.
    /// </summary>
    public const string SheetColumn = "sheet";

    /// <summary>The manifest's key for the tables list; every other key of document.yaml goes to Dokumen.</summary>
    public const string TablesKey = "tables";

    /// <summary>Tabel's column for the table key, which each row must have.</summary>
    public const string TableKeyColumn = "key";

    public static readonly IReadOnlyList<string> FixedSheets = [Guide, Document, Tables];

    private const int MaxSheetName = 31;

    /// <summary>The sheet names for table keys, in order: the key itself where Excel allows it, else a shortened unique name.</summary>
    public static IReadOnlyList<string> SheetNames(IEnumerable<string> tableKeys)
    {
        var used = new HashSet<string>(FixedSheets, StringComparer.OrdinalIgnoreCase) { "History" }; // Excel reserves "History"
        var names = new List<string>();
        foreach (var key in tableKeys)
        {
            var name = Allowed(key) ? key : Clean(key);
            for (var n = 2; !used.Add(name); n++)
            {
                var suffix = $"~{n}";
                name = Clean(key)[..Math.Min(Clean(key).Length, MaxSheetName - suffix.Length)] + suffix;
            }
            names.Add(name);
        }
        return names;
    }

    private static bool Allowed(string name) =>
        name.Length is > 0 and <= MaxSheetName && name.IndexOfAny(Forbidden) < 0 && !name.StartsWith('\'') && !name.EndsWith('\'');

    private static string Clean(string key)
    {
        var cleaned = new string(key.Select(c => Array.IndexOf(Forbidden, c) >= 0 ? '_' : c).ToArray()).Trim('\'');
        cleaned = cleaned.Length == 0 ? "tabel" : cleaned;
        return cleaned.Length <= MaxSheetName ? cleaned : cleaned[..MaxSheetName];
    }

    private static readonly char[] Forbidden = [':', '\\', '/', '?', '*', '[', ']'];

    /// <summary>A kind's columns in a new sheet's order: line, row, total, the kind's own, note.</summary>
    public static IEnumerable<string> HeaderOf(string kind) =>
        new[] { "line", "row", "total" }.Concat(TableKinds.ColumnsOf(kind).Where(c => !TableKinds.Common.Contains(c))).Append("note");
}
