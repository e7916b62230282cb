using Sakip.Api.Data;
using Sakip.Api.GraphQL;
using Sakip.Api.Plan;

namespace Sakip.Api.Budgets;

/// <summary>
/// The budget figures of one agency and year with its plan tree, to roll budgets up the tree: a node's budget is
/// the one the document states for it, or else the sum of its children's.
/// </summary>
public sealed class BudgetBook(IReadOnlyList<(long Id, long? ParentId, PlanLevel Level)> nodes, IReadOnlyList<BudgetFigure> figures)
{
    private readonly ILookup<long?, long> _children = nodes.ToLookup(n => n.ParentId, n => n.Id);
    private readonly ILookup<long?, BudgetFigure> _byNode = figures.ToLookup(f => f.PlanNodeId);
    private readonly Dictionary<(long, BudgetMeasure), decimal?> _rolledUp = [];

    public IReadOnlyList<(long Id, long? ParentId, PlanLevel Level)> Nodes => nodes;

    public NodeBudget For(long nodeId, int year)
    {
        var own = _byNode[nodeId].ToList();
        var realisation = Primary(own, BudgetMeasure.Realisation, null);
        var pagu = Primary(own, BudgetMeasure.Pagu, realisation);
        var children = _children[nodeId].ToList();
        var paguValue = RolledUp(nodeId, BudgetMeasure.Pagu);
        var realisationValue = RolledUp(nodeId, BudgetMeasure.Realisation);
        return new NodeBudget(year, own, pagu, realisation,
            paguValue, realisationValue,
            Sum(children.Select(c => RolledUp(c, BudgetMeasure.Pagu))), Sum(children.Select(c => RolledUp(c, BudgetMeasure.Realisation))),
            ComputedPercent.Of(realisationValue, paguValue, "realisasi", "pagu"));
    }

    /// <summary>Figures the document gives for the agency as a whole (the budget ceiling), not for a node.</summary>
    public IReadOnlyList<BudgetFigure> AgencyFigures => _byNode[null].ToList();

    public decimal? RolledUp(long nodeId, BudgetMeasure measure)
    {
        if (_rolledUp.TryGetValue((nodeId, measure), out var known))
        {
            return known;
        }
        var own = _byNode[nodeId].ToList();
        var stated = Primary(own, measure, measure == BudgetMeasure.Pagu ? Primary(own, BudgetMeasure.Realisation, null) : null);
        var value = stated?.Amount is { IsNumber: true } amount ? amount.Value : Sum(_children[nodeId].Select(c => RolledUp(c, measure)));
        _rolledUp[(nodeId, measure)] = value;
        return value;
    }

    /// <summary>The node's annual figure of a measure: from the same row as <paramref name="near"/> if there is one, else the first table's.</summary>
    private static BudgetFigure? Primary(List<BudgetFigure> own, BudgetMeasure measure, BudgetFigure? near) =>
        own.Where(f => f.Measure == measure && f.PeriodKind == PeriodKind.Year)
            .OrderBy(f => near is null ? 0 : f.SourceRowId == near.SourceRowId ? 0 : f.SourceTableId == near.SourceTableId ? 1 : 2)
            .ThenBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId)
            .FirstOrDefault();

    /// <summary>The sum of the known values; null when none is known.</summary>
    public static decimal? Sum(IEnumerable<decimal?> values)
    {
        var known = values.Where(v => v is not null).ToList();
        return known.Count == 0 ? null : known.Sum();
    }
}

/// <summary>A plan node's budget for a year: the published figures, and pagu, realisation and absorption rolled up the tree.</summary>
public sealed record NodeBudget(int Year, IReadOnlyList<BudgetFigure> Figures, BudgetFigure? Pagu, BudgetFigure? Realisation,
    decimal? RolledUpPagu, decimal? RolledUpRealisation, decimal? ChildrenPagu, decimal? ChildrenRealisation, ComputedPercent Absorption);
