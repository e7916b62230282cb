namespace Sakip.Api.Budgets;

/// <summary>
/// A plan node's budget for a year rolled up the plan tree, computed when its region is loaded (a read model, table
/// node_budgets): the pagu and realisation figures used, the stated-or-summed amounts, the children's sums and the
/// absorption with its trace. The rules are <see cref="BudgetBook"/>'s, run by the loader (<see cref="BudgetReadModel"/>).
/// </summary>
public sealed class NodeBudgetRollUp
{
    public int RegionId { get; set; }
    public long PlanNodeId { get; set; }
    public int Year { get; set; }
    public long AgencyId { get; set; }
    public long? PaguId { get; set; }
    public long? RealisationId { get; set; }
    public decimal? RolledUpPagu { get; set; }
    public decimal? RolledUpRealisation { get; set; }
    public decimal? ChildrenPagu { get; set; }
    public decimal? ChildrenRealisation { get; set; }
    public decimal? AbsorptionValue { get; set; }
    public required string AbsorptionFormula { get; set; }
    public required string AbsorptionTrace { get; set; }
}
