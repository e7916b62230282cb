using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Reconciliation;

/// <summary>A total the document itself prints (JUMLAH, TOTAL): checked against the sum of the table's rows.</summary>
public sealed class StatedTotal : RegionScoped
{
    public long SourceTableId { get; set; }
    /// <summary>The seed column the total is for ("terdata", "pns", "budget").</summary>
    public required string Column { get; set; }
    public required Figure Figure { get; set; }
    public long SourceRowId { get; set; }

    public SourceRow? SourceRow { get; set; }
}
