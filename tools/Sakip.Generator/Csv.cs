using System.Text;
using Sakip.Api.Seeding;

namespace Sakip.Generator;

/// <summary>Reads a seed CSV with the loader's own reader (comments dropped) and writes one with RFC 4180 quoting.</summary>
public static class Csv
{
    public static (string[] Header, List<string[]> Rows) Read(string path)
    {
        var errors = new List<SeedError>();
        var records = CsvRecords.Parse(File.ReadAllText(path, Encoding.UTF8), path, errors);
        if (errors.Count > 0)
        {
            throw new GeneratorException($"{path}: {errors[0]}");
        }
        var header = records.Count == 0 ? [] : records[0].Fields.ToArray();
        var rows = records.Skip(1).Select(r => Enumerable.Range(0, header.Length).Select(i => i < r.Fields.Count ? r.Fields[i] : "").ToArray()).ToList();
        return (header, rows);
    }

    public static void AppendRow(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }
            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]))))
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }
        text.Append('\n');
    }
}
