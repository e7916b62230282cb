namespace Sakip.Site.Rendering;

// Shapes the pages' queries share: a published figure with its source row, and a computed percentage.

/// <summary>A document table; <paramref name="Document"/> where the query asks for it (to match a figure's row with a
/// finding's row, since table keys repeat across an agency's documents).</summary>
public sealed record TableRef(string Key, string? Number, string Caption, DocumentRef? Document = null);

public sealed record DocumentRef(string Key);

public sealed record SourceRef(int LineFrom, int LineTo, TableRef Table)
{
    public override string ToString() => Labels.Source(Table.Number, Table.Key, LineFrom, LineTo);
}

/// <summary>A published figure: as printed, as a number, and where it is in the document.</summary>
public sealed record Figure(string State, decimal? Value, string? Grade, string? Published, string? Reason, SourceRef? Source)
{
    public bool Reported => State == "REPORTED";

    /// <summary>The figure as printed, or why there is none.</summary>
    public string Shown => Reported && Published is { } printed ? printed : Reason is { Length: > 0 } ? "tidak dilaporkan (" + Reason + ")" : "tidak dilaporkan";
}

public sealed record ComputedPercent(decimal? Value, string Formula, string Trace);
