using System.Text.Json;
using Sakip.Api.Data;

namespace Sakip.Api.Documents;

/// <summary>
/// One transcribed row of a source table, with its cells exactly as in the seed file. Every figure in the
/// database points at the row it came from.
/// </summary>
public sealed class SourceRow : RegionScoped
{
    public long SourceTableId { get; set; }
    /// <summary>Position of the row in its seed file (1-based, data rows only).</summary>
    public int Ordinal { get; set; }
    /// <summary>Row label as printed ("1", "2.", "JUMLAH").</summary>
    public string? Label { get; set; }
    public int LineFrom { get; set; }
    public int LineTo { get; set; }
    /// <summary>Line of the row in the seed CSV file.</summary>
    public int SeedLine { get; set; }
    /// <summary>The document's own total row (JUMLAH/TOTAL).</summary>
    public bool IsTotal { get; set; }
    /// <summary>The transcriber's note: what was moved or is uncertain.</summary>
    public string? Note { get; set; }
    /// <summary>All non-empty cells of the row, by column name.</summary>
    public required JsonDocument Cells { get; set; }

    public SourceTable? SourceTable { get; set; }
}
