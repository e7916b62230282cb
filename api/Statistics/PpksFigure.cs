using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Statistics;

public enum PpksMeasure
{
    /// <summary>Terdata: registered.</summary>
    Terdata,
    /// <summary>Tertangani: served.</summary>
    Tertangani,
    /// <summary>Became self-reliant (mandiri).</summary>
    Mandiri,
}

/// <summary>A PPKS count of one category, year and measure, from one source row.</summary>
public sealed class PpksFigure : RegionScoped
{
    public long AgencyId { get; set; }
    public long CategoryId { get; set; }
    public int Year { get; set; }
    public PpksMeasure Measure { get; set; }
    public required Figure Count { get; set; }
    /// <summary>Bidang teknis: the responsible division, as printed.</summary>
    public string? Bidang { get; set; }
    public long SourceTableId { get; set; }
    public long SourceRowId { get; set; }

    public PpksCategory? Category { get; set; }
    public SourceRow? SourceRow { get; set; }
}
