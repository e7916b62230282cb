namespace Sakip.Api.Plan;

/// <summary>
/// The capaian category scale a region uses: the lowest capaian (%) of each category above sangat rendah. Data per
/// region, since regions use different scales; written for every region when the seed loads (Permendagri 86/2017
/// unless the document manifest gives another).
/// </summary>
public sealed class RegionCapaianScale
{
    public int RegionId { get; set; }
    public required string Name { get; set; }
    public required string Source { get; set; }
    public decimal SangatTinggiFrom { get; set; }
    public decimal TinggiFrom { get; set; }
    public decimal SedangFrom { get; set; }
    public decimal RendahFrom { get; set; }
    /// <summary>The region's capaian cap (batas capaian, e.g. 100); null: none.</summary>
    public decimal? Cap { get; set; }

    public CapaianScale ToScale() => new(Name, Source, SangatTinggiFrom, TinggiFrom, SedangFrom, RendahFrom) { Cap = Cap };

    public static RegionCapaianScale For(int regionId, CapaianScale scale) => new()
    {
        RegionId = regionId,
        Name = scale.Name,
        Source = scale.Source,
        SangatTinggiFrom = scale.SangatTinggiFrom,
        TinggiFrom = scale.TinggiFrom,
        SedangFrom = scale.SedangFrom,
        RendahFrom = scale.RendahFrom,
        Cap = scale.Cap,
    };
}
