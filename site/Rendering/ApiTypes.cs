namespace Sakip.Site.Rendering;

// Shapes the pages' queries share: a published figure with its source row, and a computed percentage.

public sealed record TableRef(string Key, string? Number, string Caption);

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
