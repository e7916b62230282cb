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
}

public sealed record DataColumn(string Key, string Header, ValueKind Kind);

/// <summary>A cell: its text as shown, its number where it has one, an optional link and source, and for a source cell the
/// citation whose transcript detail opens from it.</summary>
public sealed record DataCell(string Text, decimal? Value = null, string? Href = null, string? Title = null, Citation? Citation = null);

/// <summary>A source cell: the printed document's table and page, and the transcript detail one click away.</summary>
public sealed record Citation(string Text, string Detail, string? Href);

public sealed class DataRow(DataTable table, int depth, bool emphasis)
{
    public int Depth { get; } = depth;
    public bool Emphasis { get; } = emphasis;
    public List<DataCell> Cells { get; } = [];
    /// <summary>The row's anchor, for rows a link points at.</summary>
    public string? Id { get; set; }

    /// <summary>Where a figure is: "Tabel 3.2, hlm. 27", with the transcript's table key, lines and the figure as printed
    /// in its detail (the text of downloads holds both).</summary>
    public DataRow Source(SourceRef? source, string? published = null)
    {
        if (source is null) return Text(null);
        var detail = source.Transcript(published);
        Cells.Add(new DataCell($"{source.Citation} ({detail})", Citation: new Citation(source.Citation, detail, source.Href)));
        return this;
    }

    /// <summary>A published figure in its column's notation, what was printed and where in its title; why there is none
    /// when it is not reported (never 0); <paramref name="missing"/> when there is no figure at all.</summary>
    public DataRow Published(IPublishedFigure? figure, string missing = "")
    {
        if (figure is null) return Figure(null, missing);
        var kind = table.Columns[Cells.Count].Kind;
        return figure.State == "REPORTED"
            ? Figure(figure.Value, Notation.Of(kind, figure.Value, figure.Grade, figure.Published), Notation.Printed(figure.Published, figure.Source))
            : Figure(null, Labels.Absent(figure.State, figure.Reason, figure.Published), figure.Source?.ToString());
    }

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
