using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sakip.Site.Rendering;

/// <summary>A table of a page: shown as an HTML table, drawn by the charts built on it, and offered as CSV and JSON.
/// One object for all three, so a chart, its accessible table and the downloads always hold the same numbers.</summary>
public sealed class DataTable(string id, string caption)
{
    public string Id { get; } = id;
    public string Caption { get; } = caption;
    public List<DataColumn> Columns { get; } = [];
    public List<DataRow> Rows { get; } = [];
    /// <summary>Shown under the table: where its figures come from or what is missing.</summary>
    public string? Note { get; set; }

    public DataTable Column(string key, string header, ValueKind kind = ValueKind.Text)
    {
        Columns.Add(new DataColumn(key, header, kind));
        return this;
    }

    public DataRow Row(int depth = 0, bool emphasis = false)
    {
        var row = new DataRow(this, depth, emphasis);
        Rows.Add(row);
        return row;
    }

    public int IndexOf(string key) => Columns.FindIndex(c => c.Key == key) is var i and >= 0
        ? i : throw new InvalidOperationException($"Table {Id} has no column {key}.");

    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(c => Quote(c.Header))).Append("\r\n");
        foreach (var row in Rows)
            csv.AppendJoin(',', row.Cells.Select(cell => Quote(cell.Value is { } v ? Exact(v).ToString(CultureInfo.InvariantCulture) : cell.Text == Format.Missing ? "" : cell.Text))).Append("\r\n");
        return csv.ToString();

        static string Quote(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    /// <summary>The table as JSON: numbers as numbers (decimal, never rounded), text as printed.</summary>
    public void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", Id);
        json.WriteString("caption", Caption);
        json.WriteStartArray("columns");
        foreach (var c in Columns)
        {
            json.WriteStartObject();
            json.WriteString("key", c.Key);
            json.WriteString("header", c.Header);
            json.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < Columns.Count; i++)
            {
                var cell = row.Cells[i];
                if (Columns[i].Kind == ValueKind.Text) json.WriteString(Columns[i].Key, cell.Text);
                else if (cell.Value is { } v) json.WriteNumber(Columns[i].Key, Exact(v));
                else json.WriteNull(Columns[i].Key);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The same value without the trailing zeros of the database column's scale (75695.0000 → 75695),
    /// so downloads show the figure as the document printed it.</summary>
    public static decimal Exact(decimal value) => value / 1.0000000000000000000000000000m;

    // How the table is laid out on a screen and on paper (TableView, site.css and site.js read these).

    /// <summary>Rows nested under other rows (a plan tree): filtering keeps a match's ancestors and descendants, and
    /// the rows are never sorted, which would break the tree.</summary>
    public bool Hierarchical => Rows.Any(r => r.Depth > 0);

    /// <summary>Enough columns that the table prints on a landscape A4 page rather than a portrait one.</summary>
    public bool Wide => Columns.Count >= 6;

    /// <summary>Flat tables of a few rows or more get sort buttons in their column headers (site.js).</summary>
    public bool Sortable => !Hierarchical && Rows.Count(r => !r.Emphasis) >= 5;

    /// <summary>Tables of many rows get a filter box (site.js).</summary>
    public bool Filterable => Rows.Count >= 15;

    /// <summary>Tall enough that its column headers stay in view while its rows scroll (on wide screens).</summary>
    public bool Tall => Rows.Count > 25;
}

public sealed record DataColumn(string Key, string Header, ValueKind Kind)
{
    /// <summary>The column naming each row's source table and line: folded away until the reader asks for it, since each
    /// cell's source is also in its title; always printed.</summary>
    public bool Folds => Key == "sumber";
}

/// <summary>A cell: its text as shown, its number where it has one, an optional link and source.</summary>
public sealed record DataCell(string Text, decimal? Value = null, string? Href = null, string? Title = null);

public sealed class DataRow(DataTable table, int depth, bool emphasis)
{
    public int Depth { get; } = depth;
    public bool Emphasis { get; } = emphasis;
    public List<DataCell> Cells { get; } = [];

    public DataRow Text(string? text, string? href = null, string? title = null)
    {
        Cells.Add(new DataCell(string.IsNullOrWhiteSpace(text) ? Format.Missing : text, null, href, title));
        return this;
    }

    /// <summary>A figure in the notation of its column; <paramref name="shown"/> overrides the text (e.g. as printed).</summary>
    public DataRow Figure(decimal? value, string? shown = null, string? title = null, string? href = null)
    {
        var kind = table.Columns[Cells.Count].Kind;
        Cells.Add(new DataCell(shown ?? kind.Write(value), value, href, title));
        return this;
    }
}
