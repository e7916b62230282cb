namespace Sakip.Api.Data;

/// <summary>A load of the seed folder: the hash of its documents' content hashes, and what the run changed.</summary>
public sealed class SeedLoad
{
    public int Id { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public int Documents { get; set; }
    public int Rows { get; set; }
    /// <summary>Comparisons the reconciliation made.</summary>
    public int Checks { get; set; }
    public int Findings { get; set; }
    /// <summary>The schema and importer the load was made with; a different one reloads every document.</summary>
    public string Loader { get; set; } = "";
    /// <summary>Documents this run read and wrote (added or changed, or depending on one that was).</summary>
    public int DocumentsLoaded { get; set; }
    /// <summary>Documents this run removed because their folder is gone.</summary>
    public int DocumentsRemoved { get; set; }
}
