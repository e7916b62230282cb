namespace Sakip.Core.Figures;

/// <summary>Whether a document gives a figure, and if not, why.</summary>
public enum FigureState
{
    /// <summary>The document prints a figure (zero included).</summary>
    Reported,
    /// <summary>The document has the cell but gives no figure (empty, "n/a", "tdk ada").</summary>
    NotReported,
    /// <summary>The figure cannot be computed from what the document gives.</summary>
    NotComputable,
    /// <summary>
    /// The document says the figure was not recorded (tidak dicatat): a printed "-" the document explains as no data,
    /// not as zero (seed/README.md, "What a dash means"). Never counted, never shown as 0.
    /// </summary>
    NotRecorded,
}

/// <summary>
/// One figure as a document publishes it: the parsed number and/or letter grade, the text exactly as printed,
/// and its state. Never a float: money and percentages are numeric.
/// </summary>
public sealed class Figure
{
    public FigureState State { get; init; }
    public decimal? Value { get; init; }
    /// <summary>Letter grade of a graded figure ("BB", "B" in "60 (B)").</summary>
    public string? Grade { get; init; }
    /// <summary>The figure as printed in the source document.</summary>
    public string Published { get; init; } = "";
    public string? Reason { get; init; }

    public static Figure Number(decimal value, string published) =>
        new() { State = FigureState.Reported, Value = value, Published = published };

    public static Figure Graded(decimal? score, string grade, string published) =>
        new() { State = FigureState.Reported, Value = score, Grade = grade, Published = published };

    public static Figure NotReported(string reason, string published) =>
        new() { State = FigureState.NotReported, Reason = reason, Published = published };

    /// <summary>A printed "-" the document says means no data was recorded; the reason says where it says so.</summary>
    public static Figure NotRecorded(string reason, string published) =>
        new() { State = FigureState.NotRecorded, Reason = reason, Published = published };

    public bool IsNumber => State == FigureState.Reported && Value is not null;
}
