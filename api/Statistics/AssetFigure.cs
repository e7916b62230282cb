using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Statistics;

public enum AssetMeasure
{
    /// <summary>Nilai aset: value in Rupiah.</summary>
    Value,
    /// <summary>Number of items (vehicles, plots of land).</summary>
    Quantity,
}

/// <summary>An asset summary figure of an agency: value of an asset class, or a count of items.</summary>
public sealed class AssetFigure : RegionScoped
{
    public long AgencyId { get; set; }
    public int Year { get; set; }
    public required string Class { get; set; }
    public string? Description { get; set; }
    public string? UnitOfMeasure { get; set; }
    public AssetMeasure Measure { get; set; }
    public required Figure Figure { get; set; }
    public long SourceRowId { get; set; }

    public SourceRow? SourceRow { get; set; }
}
