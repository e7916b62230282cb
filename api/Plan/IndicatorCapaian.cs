namespace Sakip.Api.Plan;

/// <summary>
/// The capaian of an indicator for a year, computed when its region is loaded (a read model, table indicator_capaian):
/// the figures it was computed from, the capaian the document reports, and the recomputed value with its category on
/// the region's scale and its trace. The rules are <see cref="CapaianReport"/> and <see cref="CapaianRules"/>, run
/// by the loader (<see cref="CapaianReadModel"/>); the API serves the rows as stored.
/// </summary>
public sealed class IndicatorCapaian
{
    public int RegionId { get; set; }
    public long IndicatorId { get; set; }
    public int Year { get; set; }
    public long? TargetId { get; set; }
    public long? RealisationId { get; set; }
    public long? ReportedId { get; set; }
    public CapaianState State { get; set; }
    /// <summary>The recomputed capaian in percent, unrounded.</summary>
    public decimal? Value { get; set; }
    public CapaianCategory? Category { get; set; }
    /// <summary>The class of the recomputed capaian on the region's scale (kriteria), its label.</summary>
    public string? Kriteria { get; set; }
    /// <summary>The kriteria the document prints beside the realisation used, as printed (column kriteria).</summary>
    public string? PublishedKriteria { get; set; }
    public required string Scale { get; set; }
    public required string Formula { get; set; }
    public required string Trace { get; set; }
    public required string Rule { get; set; }
    /// <summary>Reported minus recomputed, where both exist.</summary>
    public decimal? Difference { get; set; }

    public IndicatorFigure? Target { get; set; }
    public IndicatorFigure? Realisation { get; set; }
    public IndicatorFigure? Reported { get; set; }
}
