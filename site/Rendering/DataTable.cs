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

    /// <summary>A column. <paramref name="published"/> marks a percentage column that holds figures as the document
    /// printed them (written exactly in downloads); other percentage columns are computed and rounded there
    /// (<see cref="DataColumn.Decimals"/>). <paramref name="unit"/> and <paramref name="description"/> document the
    /// column in the downloads (datapackage.json, the workbook's notes); by default they are derived from its kind.</summary>
    public DataTable Column(string key, string header, ValueKind kind = ValueKind.Text, bool published = false, string? unit = null, string? description = null)
    {
        Columns.Add(new DataColumn(key, header, kind) { Published = published, Unit = unit, Description = description });
        return this;
    }

    public DataRow Row(int depth = 0, bool emphasis = false)
    {
        var row = new DataRow(this, depth, emphasis, emphasis ? RowKind.Group : RowKind.Detail);
        Rows.Add(row);
        return row;
    }

    /// <summary>A total computed from the table's other rows (shown emphasised); downloads flag it as such.</summary>
    public DataRow TotalRow()
    {
        var row = new DataRow(this, 0, true, RowKind.Total);
        Rows.Add(row);
        return row;
    }

    public int IndexOf(string key) => Columns.FindIndex(c => c.Key == key) is var i and >= 0
        ? i : throw new InvalidOperationException($"Table {Id} has no column {key}.");

    /// <summary>The table as CSV with documented columns (<see cref="Downloads.TableSchema"/>).</summary>
    public string ToCsv() => Downloads.TableCsv.Write(this);

    /// <summary>The table as JSON: numbers as numbers (published figures exact, computed ones at their column's stated
    /// precision, as in the CSV), text as printed.</summary>
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
                else if (cell.Value is { } v) json.WriteNumber(Columns[i].Key, Columns[i].Stated(v));
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
    /// <summary>A percentage column holding figures as published (not computed by the site or the API).</summary>
    public bool Published { get; init; }
    public string? Unit { get; init; }
    public string? Description { get; init; }

    /// <summary>The stated precision of the downloads: computed percentages are rounded to 2 decimals (as the documents
    /// print capaian); every other figure is written as stored, exactly, without trailing zeros (null).</summary>
    public int? Decimals => Kind == ValueKind.Percent && !Published ? 2 : null;

    /// <summary>A value as the downloads state it: rounded to <see cref="Decimals"/>, or exact.</summary>
    public decimal Stated(decimal value) =>
        // Adding a zero of scale d keeps d decimals: 100 is stated as 100.00, as precise as 102.67.
        Decimals is { } d ? Math.Round(value, d, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)d) : DataTable.Exact(value);

    /// <summary>The column naming each row's source table and line: folded away until the reader asks for it, since each
    /// cell's source is also in its title; always printed.</summary>
    public bool Folds => Key == "sumber";
}

/// <summary>What a row is, so a download can keep one kind of row apart from the others: a plain row, a row heading
/// the rows nested under it (a program over its kegiatan, an official over their indicators), or a total computed
/// from the other rows.</summary>
public enum RowKind { Detail, Group, Total }

/// <summary>A cell: its text as shown, its number where it has one, an optional link and source, and for a source cell the
/// citations whose transcript detail opens from each, and the markers of the findings on its figure.</summary>
public sealed record DataCell(string Text, decimal? Value = null, string? Href = null, string? Title = null, Citation? Citation = null)
{
    /// <summary>A source cell's citations: one, or one per measure where a row's figures are printed in different rows.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = Citation is null ? [] : [Citation];
    /// <summary>The reconciliation findings on the cell's figure, each a marker linking to it (downloads hold the figure only).</summary>
    public IReadOnlyList<CellFlag> Flags { get; init; } = [];
}

/// <summary>A marker on a figure that a reconciliation finding touches: its text ("temuan 3"), the finding's address and
/// what it says.</summary>
public sealed record CellFlag(string Text, string Href, string Title);

/// <summary>A source cell: the printed document's table and page, and the transcript detail one click away;
/// <paramref name="Measure"/> names the figures it gives where a cell cites several rows ("terdata dan tertangani").</summary>
public sealed record Citation(string Text, string Detail, string? Href, string? Measure = null)
{
    public static Citation Of(SourceRef source, string? published = null, string? measure = null, string? document = null) =>
        new((document is null ? "" : document + ", ") + source.Citation, source.Transcript(published), source.Href, measure);

    /// <summary>The citation as plain text (downloads, the tree lists): "terdata: Tabel 1.8, hlm. 12 (transkripsi T1.8, baris 403)".</summary>
    public string Plain => (Measure is null ? "" : Measure + ": ") + $"{Text} ({Detail})";
}

public sealed class DataRow(DataTable table, int depth, bool emphasis, RowKind kind)
{
    /// <summary>The row's element id, for rows other pages link to (a finding on the data-quality page).</summary>
    public string? Id { get; set; }

    public int Depth { get; } = depth;
    public bool Emphasis { get; } = emphasis;
    public RowKind Kind { get; } = kind;
    /// <summary>One cell per column, so sized for them from the start (rows are built by the thousand).</summary>
    public List<DataCell> Cells { get; } = new(table.Columns.Count);

    /// <summary>Where a figure is: "Tabel 3.2, hlm. 27", with the transcript's table key, lines and the figure as printed
    /// in its detail (the text of downloads holds both).</summary>
    public DataRow Source(SourceRef? source, string? published = null)
    {
        if (source is null) return Text(null);
        return Cite([Citation.Of(source, published)]);
    }

    /// <summary>A source cell of one or more citations, each with its transcript detail one click away; "–" with none.</summary>
    public DataRow Cite(IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0) return Text(null);
        Cells.Add(new DataCell(string.Join("; ", citations.Select(c => c.Plain)), Citation: citations[0]) { Citations = citations });
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

    /// <summary>Marks the last cell with the findings on its figure; nothing when there are none.</summary>
    public DataRow Flag(IReadOnlyList<CellFlag> flags)
    {
        if (flags.Count > 0) Cells[^1] = Cells[^1] with { Flags = [.. Cells[^1].Flags, .. flags] };
        return this;
    }

    /// <summary>Whether a cell of the row carries a finding's marker.</summary>
    public bool Flagged => Cells.Any(c => c.Flags.Count > 0);

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
