using Sakip.Api.Data;

namespace Sakip.Api.Seeding;

/// <summary>A document folder, read and checked for form: its manifest, tables and rows, and the hash of its files.</summary>
public sealed record SeedDocument(DocumentManifest Manifest, string ManifestFile, IReadOnlyList<SeedTable> Tables, string ContentHash, string Stamp)
{
    public int RowCount => Tables.Sum(t => t.Rows.Count);
}

public sealed record SeedTable(TableManifest Manifest, string File, int Year, int LineFrom, int LineTo, IReadOnlyList<SeedRow> Rows)
{
    public string Key => Manifest.Key;
    public string Kind => Manifest.Kind;
}

/// <summary>A data row of a seed CSV file: its non-empty cells and where it stands.</summary>
public sealed class SeedRow
{
    public required string File { get; init; }
    public required int SeedLine { get; init; }
    public required int Ordinal { get; init; }
    public required IReadOnlyDictionary<string, string> Cells { get; init; }
    public required int LineFrom { get; init; }
    public required int LineTo { get; init; }
    public string? Label => Text("row");
    public bool IsTotal => Text("total") == "yes";
    public string? Note => Text("note");

    public string? Text(string column) => Cells.TryGetValue(column, out var value) ? value : null;

    /// <summary>Why a printed "-" in a column means not recorded (its table's <c>dash</c>); null: it means zero.</summary>
    public Func<string, string?> DashNotRecorded { get; init; } = _ => null;

    public SeedError Error(string? field, string message) => new(File, SeedLine, field, message);

    /// <summary>The figure in a column; null when the cell is empty or malformed (then an error is added).</summary>
    public Figure? Figure(string column, List<SeedError> errors)
    {
        var figure = FigureParser.Parse(Text(column), out var error);
        if (error is not null)
        {
            errors.Add(Error(column, error));
        }
        return figure is { State: Sakip.Core.Figures.FigureState.Reported } && FigureParser.IsDash(figure.Published) && DashNotRecorded(column) is { } reason
            ? Sakip.Core.Figures.Figure.NotRecorded(reason, figure.Published)
            : figure;
    }

    /// <summary>A figure that the table always has a cell for: an empty cell is "not reported".</summary>
    public Figure RequiredCellFigure(string column, List<SeedError> errors) =>
        Figure(column, errors) ?? Sakip.Core.Figures.Figure.NotReported("sel kosong di tabel sumber", "");

    /// <summary>A count (people, staff, PSKS): as <see cref="Figure"/>, and a fraction is an error, since the API gives counts as whole numbers.</summary>
    public Figure? Count(string column, List<SeedError> errors)
    {
        var figure = Figure(column, errors);
        if (figure?.Value is { } v && v != decimal.Truncate(v))
        {
            errors.Add(Error(column, $"'{figure.Published}' is not a whole number; this column takes a count"));
            return null;
        }
        return figure;
    }

    /// <summary>A count the table always has a cell for: an empty cell is "not reported".</summary>
    public Figure RequiredCellCount(string column, List<SeedError> errors) =>
        Count(column, errors) ?? Sakip.Core.Figures.Figure.NotReported("sel kosong di tabel sumber", "");
}
