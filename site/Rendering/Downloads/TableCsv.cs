using System.Globalization;
using System.Text;

namespace Sakip.Site.Rendering.Downloads;

/// <summary>A table as CSV (RFC 4180, comma-separated, CRLF, UTF-8 without a byte order mark): a header of the fields'
/// names (<see cref="TableSchema"/>), then one record per row. Numbers are written with a '.' decimal point and no
/// grouping, at their field's stated precision; an empty cell is an empty field. datapackage.json documents every field.</summary>
/// <remarks>No byte order mark: the CSV is for tools (the datapackage declares it UTF-8, and a mark would become part of
/// the first column's name there); spreadsheet users have the workbook beside it.</remarks>
public static class TableCsv
{
    public static string Write(DataTable table) => Write(table, TableSchema.Fields(table));

    public static string Write(DataTable table, IReadOnlyList<DownloadField> fields)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', fields.Select(f => Quote(f.Name))).Append("\r\n");
        foreach (var row in table.Rows)
            csv.AppendJoin(',', fields.Select(f => Quote(Field(f.Value(row))))).Append("\r\n");
        return csv.ToString();
    }

    static string Field(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    static string Quote(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
