using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>A line of a seed CSV as a workbook row: a record (its fields), a '#' comment, or a blank line.</summary>
public sealed record CsvLine(IReadOnlyList<string>? Fields, string? Comment)
{
    public static readonly CsvLine Blank = new(null, null);
}

/// <summary>
/// A seed CSV as the rows a sheet shows, comments and blank lines included where they stand: the loader stores each row's
/// line in its CSV (source_rows.seed_line), so a workbook keeps them for the folder it gives back to number its rows alike.
/// </summary>
public static class CsvLines
{
    public static List<CsvLine> Read(string text, string file, List<SeedError> errors)
    {
        var records = CsvRecords.Parse(text, file, errors).ToDictionary(r => r.Line);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var rows = new List<CsvLine>();
        for (var line = 1; line <= lines.Length;)
        {
            if (records.TryGetValue(line, out var record))
            {
                rows.Add(new CsvLine(record.Fields, null));
                // A quoted field holding line breaks spans as many lines more.
                line += 1 + record.Fields.Sum(f => f.Count(c => c == '\n'));
                continue;
            }
            var raw = lines[line - 1].TrimEnd('\r');
            rows.Add(raw.StartsWith('#') ? new CsvLine(null, raw) : CsvLine.Blank);
            line++;
        }
        while (rows.Count > 0 && rows[^1] == CsvLine.Blank)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        return rows;
    }

    /// <summary>A record as a CSV line (RFC 4180): a field is quoted when it holds a comma, a quote or a line break, or would start a comment.</summary>
    public static string Format(IReadOnlyList<string> fields) =>
        string.Join(',', fields.Select((f, i) => f.IndexOfAny([',', '"', '\n', '\r']) >= 0 || i == 0 && f.StartsWith('#') || i == 0 && fields.Count == 1 && f.Trim().Length == 0 && f.Length > 0
            ? "\"" + f.Replace("\"", "\"\"") + "\""
            : f));
}
