namespace Sakip.Site.Rendering;

// Shapes the pages' queries share: a published figure with its source row, and a computed percentage.

/// <summary>A document's table: its transcription key, printed number and page (where known) and caption; the document
/// where the query asks for it (then a citation links to the table on the document's page, and a figure's row is matched
/// with a finding's row, since table keys repeat across an agency's documents).</summary>
public sealed record TableRef(string Key, string? Number, string Caption, string? Page = null, DocumentRef? Document = null)
{
    public string? DocumentKey => Document?.Key;
}

public sealed record DocumentRef(string Key);

public sealed record SourceRef(int LineFrom, int LineTo, TableRef Table)
{
    /// <summary>What a reader finds in the printed document: "Tabel 3.2, hlm. 27".</summary>
    public string Citation => Labels.Source(Table.Number, Table.Caption, Table.Page);

    /// <summary>Where the transcription holds it: "transkripsi T3.2, baris 4350–4352".</summary>
    public string Transcript(string? published = null) => Labels.SourceRef(Table.Key, LineFrom, LineTo, published);

    /// <summary>The table's row on its document's data-quality page, when the document is known.</summary>
    public string? Href => Table.DocumentKey is { } key ? Labels.TableAnchor(key, Table.Key) : null;

    public override string ToString() => $"{Citation} ({Transcript()})";
}

/// <summary>What every published figure of the API has: its state, value, grade, printed text, reason and source row.</summary>
public interface IPublishedFigure
{
    string State { get; }
    decimal? Value { get; }
    string? Grade { get; }
    /// <summary>The printed text; null for an empty printed cell (then <see cref="State"/> says why).</summary>
    string? Published { get; }
    string? Reason { get; }
    SourceRef? Source { get; }
}

/// <summary>A published figure: as printed, as a number, and where it is in the document.</summary>
public sealed record Figure(string State, decimal? Value, string? Grade, string? Published, string? Reason, SourceRef? Source) : IPublishedFigure
{
    public bool Reported => State == "REPORTED";

    /// <summary>The figure in Indonesian notation of its kind (a grade as printed), or why there is none; the printed
    /// text stays in <see cref="Published"/> and the source detail.</summary>
    public string Shown(ValueKind kind) => Reported ? Notation.Of(kind, Value, Grade, Published) : Labels.Absent(State, Reason, Published);
}

public sealed record ComputedPercent(decimal? Value, string Formula, string Trace);
