using Sakip.Api.Data;

namespace Sakip.Api.Documents;

/// <summary>A table (or table-like list) of a document: where figures come from.</summary>
public sealed class SourceTable : RegionScoped
{
    public long DocumentId { get; set; }
    /// <summary>The table's id in the inventory, e.g. "T2.5-Cascading"; the seed file is &lt;key&gt;.csv.</summary>
    public required string Key { get; set; }
    /// <summary>The seed kind the table was transcribed as ("indicators", "ppks", "list", ...).</summary>
    public required string Kind { get; set; }
    /// <summary>The number as printed, e.g. "Tabel 2.5"; null when the document prints none.</summary>
    public string? Number { get; set; }
    public required string Caption { get; set; }
    /// <summary>The page the table starts on as printed ("27", "iv"), where the document's own lists give it.</summary>
    public string? Page { get; set; }
    public int LineFrom { get; set; }
    public int LineTo { get; set; }
    /// <summary>The year the table's figures are for.</summary>
    public int Year { get; set; }
    /// <summary>Path of the seed file, relative to the repository root.</summary>
    public required string SeedFile { get; set; }
    public int Ordinal { get; set; }

    public Document? Document { get; set; }
}
