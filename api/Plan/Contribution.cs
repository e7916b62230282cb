using Sakip.Api.Data;
using Sakip.Api.Documents;

namespace Sakip.Api.Plan;

/// <summary>
/// A program, kegiatan or sub kegiatan that a document lists under an indicator it works towards (indikator yang
/// didukung), as the Perjanjian Kinerja lists programs under each sasaran's indicator. A program may serve several
/// sasaran, which a tree's single parent cannot say.
/// </summary>
public sealed class Contribution : RegionScoped
{
    public long PlanNodeId { get; set; }
    public long IndicatorId { get; set; }
    /// <summary>The row that lists the node under the indicator.</summary>
    public long SourceRowId { get; set; }

    public PlanNode? PlanNode { get; set; }
    public Indicator? Indicator { get; set; }
    public SourceRow? SourceRow { get; set; }
}
