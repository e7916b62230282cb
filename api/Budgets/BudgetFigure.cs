using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.Plan;

namespace Sakip.Api.Budgets;

public enum BudgetMeasure
{
    /// <summary>Pagu / anggaran: the budget ceiling or allocation.</summary>
    Pagu,
    /// <summary>Planned disbursement for a period (rencana penarikan).</summary>
    Planned,
    /// <summary>Realisasi anggaran: budget spent.</summary>
    Realisation,
}

/// <summary>A budget figure in Rupiah of a plan node (or of the whole agency when no node is given).</summary>
public sealed class BudgetFigure : RegionScoped
{
    public long AgencyId { get; set; }
    public long? PlanNodeId { get; set; }
    public BudgetMeasure Measure { get; set; }
    public int Year { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public int PeriodNo { get; set; }
    public required Figure Amount { get; set; }
    public long SourceTableId { get; set; }
    public long SourceRowId { get; set; }

    public PlanNode? PlanNode { get; set; }
    public SourceRow? SourceRow { get; set; }
}
