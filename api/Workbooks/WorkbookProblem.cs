using Sakip.Api.Seeding;

namespace Sakip.Api.Workbooks;

/// <summary>Where in a workbook: the file as the user named it, a sheet, a row and a column (its header and letter), each when known.</summary>
public sealed record WorkbookLocation(string Workbook, string? Sheet = null, int? Row = null, string? Column = null)
{
    public override string ToString() =>
        Workbook + (Sheet is null ? "" : $", sheet {Sheet}") + (Row is { } r ? $", row {r}" : "") + (Column is null ? "" : $", column {Column}");
}

/// <summary>One thing wrong in a workbook, in the workbook's terms: "rak.xlsx, sheet T1.3, row 12, column target (F): ...".</summary>
public sealed record WorkbookProblem(WorkbookLocation Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";

    /// <summary>As a seed error (for SeedValidationException and the seed command's listing), printing the same text.</summary>
    public SeedError ToSeedError() => new(Where.ToString(), null, null, Message);
}
