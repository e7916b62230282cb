using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Plan;

/// <summary>What an indicator figure measures.</summary>
public enum IndicatorMeasure
{
    /// <summary>Target (annual, or for a quarter/month).</summary>
    Target,
    /// <summary>Realisasi.</summary>
    Realisation,
    /// <summary>Capaian (%) as the document reports it.</summary>
    Capaian,
    /// <summary>Kondisi kinerja awal: the starting condition of a plan period.</summary>
    Baseline,
    /// <summary>Kondisi kinerja akhir: the condition targeted at the end of the plan period.</summary>
    EndTarget,
}

/// <summary>
/// One published figure of an indicator: a target, realisation or capaian for a year, quarter or month,
/// from one source row.
/// </summary>
public sealed class IndicatorFigure : RegionScoped
{
    public long IndicatorId { get; set; }
    public IndicatorMeasure Measure { get; set; }
    public int Year { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public int PeriodNo { get; set; }
    public required Figure Figure { get; set; }
    public long SourceTableId { get; set; }
    public long SourceRowId { get; set; }

    public Indicator? Indicator { get; set; }
    public SourceRow? SourceRow { get; set; }
}
