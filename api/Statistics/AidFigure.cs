using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Statistics;

public enum AidMeasure
{
    /// <summary>Recipients (TOTAL / JUMLAH).</summary>
    Recipients,
    /// <summary>Delivered (REALISASI).</summary>
    Delivered,
    DeliveredPercent,
    /// <summary>Not delivered (TIDAK REALISASI).</summary>
    Undelivered,
    UndeliveredPercent,
    /// <summary>Amount in Rupiah (NOMINAL).</summary>
    Amount,
}

/// <summary>A figure of a social-aid distribution per kecamatan and stage (tahap).</summary>
public sealed class AidFigure : RegionScoped
{
    public long AgencyId { get; set; }
    public int Year { get; set; }
    /// <summary>Stage: "I", "II" or "I+II".</summary>
    public required string Stage { get; set; }
    /// <summary>The kecamatan (district); null on summary rows.</summary>
    public string? Kecamatan { get; set; }
    /// <summary>Row label of summary rows ("REALISASI", "TIDAK REALISASI").</summary>
    public string? Label { get; set; }
    public AidMeasure Measure { get; set; }
    public required Figure Figure { get; set; }
    public long SourceTableId { get; set; }
    public long SourceRowId { get; set; }

    public SourceRow? SourceRow { get; set; }
}
