namespace Sakip.Api.Data;

/// <summary>A load of the seed folder: its content hash makes loading the same files again a no-op.</summary>
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
}
