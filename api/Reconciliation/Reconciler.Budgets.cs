using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Api.Plan;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Reconciliation;

public sealed partial class Reconciler
{
    private sealed record BudgetRow(long AgencyId, long? NodeId, BudgetMeasure Measure, int Year, Value Amount);

    private void CheckBudgets()
    {
        var nodes = input.Nodes.ToDictionary(n => n.Id);
        var budgets = input.Budgets
            .Where(b => b.PeriodKind == PeriodKind.Year && b.Amount.State == FigureState.Reported)
            .Select(b => new BudgetRow(b.AgencyId, b.PlanNodeId, b.Measure, b.Year, ToValue(b.Amount, b.SourceRowId, b.SourceTableId)))
            .ToList();

        string Subject(long id) => nodes[id].Name.StartsWith(LevelName(nodes[id].Level), StringComparison.OrdinalIgnoreCase)
            ? nodes[id].Name
            : $"{LevelName(nodes[id].Level)} {nodes[id].Name}";

        // A node's budget against the sum of its children's budgets in the same table.
        foreach (var table in budgets.Where(b => b.Measure == BudgetMeasure.Pagu && b.NodeId is not null).GroupBy(b => (b.Amount.TableId, b.Year)))
        {
            var byNode = table.GroupBy(b => b.NodeId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(b => _rows[b.Amount.RowId].Ordinal).ToList());
            foreach (var (nodeId, figures) in byNode)
            {
                var children = byNode.Keys.Where(k => nodes[k].ParentId == nodeId).Select(k => byNode[k][0]).ToList();
                if (children.Count == 0)
                {
                    continue;
                }
                var sum = children.Sum(c => c.Amount.Number!.Value);
                var childLevel = nodes[children[0].NodeId!.Value].Level;
                var source = $"jumlah pagu {children.Count} {LevelName(childLevel).ToLowerInvariant()} di {_tables[table.Key.TableId].DocumentKey}/{_tables[table.Key.TableId].Key}: "
                    + Lines(children.Select(c => c.Amount.RowId));
                foreach (var figure in figures)
                {
                    Compare(DocumentOf(figure.Amount.TableId), FindingKind.ChildrenBudgetSum, Subject(nodeId), figure.Amount, sum, Number(sum), source, null,
                        figure.Amount.Number == sum);
                }
            }
        }

        // The agency's budget ceiling against its programs, in the table that lists the most of them (a table cut
        // off in the document, like the Seruyan RAK matrix, would compare a part with the whole).
        foreach (var ceiling in budgets.Where(b => b.NodeId is null && b.Measure == BudgetMeasure.Pagu))
        {
            var programTables = budgets
                .Where(b => b.AgencyId == ceiling.AgencyId && b.Year == ceiling.Year && b.Measure == BudgetMeasure.Pagu && b.NodeId is { } id
                    && nodes[id].Level == PlanLevel.Program)
                .GroupBy(b => b.Amount.TableId)
                .ToList();
            var most = programTables.Count == 0 ? 0 : programTables.Max(t => t.Select(b => b.NodeId).Distinct().Count());
            foreach (var table in programTables.Where(t => t.Select(b => b.NodeId).Distinct().Count() == most))
            {
                var programs = table.GroupBy(b => b.NodeId).Select(g => g.OrderBy(b => _rows[b.Amount.RowId].Ordinal).First()).ToList();
                var sum = programs.Sum(p => p.Amount.Number!.Value);
                var source = $"jumlah pagu {programs.Count} program di {_tables[table.Key].DocumentKey}/{_tables[table.Key].Key}: "
                    + Lines(programs.Select(p => p.Amount.RowId));
                Compare(DocumentOf(ceiling.Amount.TableId), FindingKind.ChildrenBudgetSum, "Pagu perangkat daerah", ceiling.Amount, sum, Number(sum),
                    source, null, ceiling.Amount.Number == sum);
            }
        }

        // The same node's budget printed in two places (two tables, or twice in one table).
        foreach (var group in budgets.Where(b => b.NodeId is not null).GroupBy(b => (b.NodeId, b.Measure, b.Year)))
        {
            var ordered = group.OrderBy(b => _tables[b.Amount.TableId].DocumentId).ThenBy(b => _tables[b.Amount.TableId].Ordinal)
                .ThenBy(b => _rows[b.Amount.RowId].Ordinal).ToList();
            var first = ordered[0].Amount;
            foreach (var other in ordered.Skip(1))
            {
                Compare(DocumentOf(other.Amount.TableId), FindingKind.BudgetAcrossTables,
                    $"{(group.Key.Measure == BudgetMeasure.Pagu ? "Pagu" : "Realisasi anggaran")} {Subject(group.Key.NodeId!.Value)}",
                    other.Amount, first.Number, first.Published, Source(first.RowId), first.RowId, Same(other.Amount, first));
            }
        }
    }
}
