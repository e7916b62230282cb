using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Organisation;

namespace Sakip.Api.Plan;

/// <summary>The role of an indicator: IKU, IKK, or the indicator of a plan level.</summary>
public enum IndicatorKind
{
    /// <summary>Indikator Kinerja Utama.</summary>
    Iku,
    /// <summary>Indikator Kinerja Kunci/Individu.</summary>
    Ikk,
    Rpjmd,
    Tujuan,
    Sasaran,
    Program,
    Kegiatan,
    SubKegiatan,
}

/// <summary>How period values make the year's value.</summary>
public enum Aggregation
{
    /// <summary>Periods add up: 25 + 25 + 20 + 20 = 90 people; quarterly shares 25% x 4 = 100%.</summary>
    Sum,
    /// <summary>A level: the year's value is the last period's (the same 7.714 beneficiaries each quarter).</summary>
    Last,
    Average,
}

/// <summary>An indicator (indikator kinerja) on a plan node.</summary>
public sealed class Indicator : RegionScoped
{
    public long AgencyId { get; set; }
    public required string Key { get; set; }
    public long PlanNodeId { get; set; }
    public required string Name { get; set; }
    /// <summary>Satuan as printed: "%", "orang", "dokumen", "nilai".</summary>
    public string? Unit { get; set; }
    public IndicatorKind Kind { get; set; }
    public Polarity Polarity { get; set; }
    public Aggregation? Aggregation { get; set; }
    public string? Definition { get; set; }
    public string? Formula { get; set; }
    public long? ResponsibleUnitId { get; set; }
    public long SourceRowId { get; set; }

    public PlanNode? PlanNode { get; set; }
    public Unit? ResponsibleUnit { get; set; }
    public SourceRow? SourceRow { get; set; }
}
