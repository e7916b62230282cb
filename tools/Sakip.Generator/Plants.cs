using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Generator;

public static partial class NationalGenerator
{
    /// <summary>Changes the document's figures so that the reconciliation reports exactly one more disagreement, and describes it.</summary>
    private static PlantedDisagreement? Plant(PreparedTemplate p, Dictionary<int, OutTable> tables, DocSpec spec, FindingKind kind, Factors factors)
    {
        var site = p.Plants[kind];
        if (!tables.TryGetValue(site.Cell.Table, out var table))
        {
            return null;
        }
        var row = table.Rows[site.Cell.Row];
        var column = table.Col(site.Cell.Column);
        string Cell(OutTable t, int r, string c) => t.Rows[r][t.Col(c)];
        decimal Num(string text) => Notation.Number(text)!.Value;
        var money = 1_000_000m * factors.Money;
        string stated, compared;
        switch (kind)
        {
            case FindingKind.StatedTotal:
            {
                var before = row[column];
                var sum = Num(before);
                stated = row[column] = Notation.Reformat(before, sum + (site.Cell.Column == "count" ? 10 * factors.Count : money));
                compared = Number(sum);
                break;
            }
            case FindingKind.PercentageRecomputed:
            {
                var pct = Num(row[column]);
                stated = row[column] = Notation.Reformat(row[column], pct + 10 <= 100 ? pct + 10 : pct - 10);
                var computed = Num(Cell(table, site.Cell.Row, "delivered")) / Num(Cell(table, site.Cell.Row, "recipients")) * 100;
                compared = Percent(computed, 4);
                break;
            }
            case FindingKind.CapaianRecomputed:
            {
                var cap = Num(row[column]);
                stated = row[column] = Notation.Reformat(row[column], cap >= 50 ? cap - 10 : cap + 10);
                var indicator = p.Doc.Tables[site.Cell.Table].Cell(p.Doc.Tables[site.Cell.Table].Rows[site.Cell.Row], "indicator");
                var value = CapaianRules.Compute(Notation.Parse(Cell(table, site.Cell.Row, "target")), Notation.Parse(Cell(table, site.Cell.Row, "realisation")),
                    p.PolarityOf(indicator)).Value!.Value;
                compared = Percent(value, 4);
                break;
            }
            case FindingKind.PeriodTargetsVsAnnual:
            {
                row[column] = Notation.Reformat(row[column], Num(row[column]) + Notation.Unit(row[column]));
                var months = Enumerable.Range(1, 12).Select(m => table.Col($"m{m}")).Where(c => c >= 0 && row[c].Length > 0).Sum(c => Num(row[c]));
                stated = Cell(table, site.Cell.Row, "target");
                compared = Number(months, 4);
                break;
            }
            case FindingKind.TargetAcrossTables:
            {
                var v = Num(row[column]);
                var unit = Notation.Unit(row[column]);
                stated = row[column] = Notation.Reformat(row[column], v > unit ? v - unit : v + unit);
                var first = site.Other!;
                var firstTable = tables[first.Table];
                compared = Cell(firstTable, first.Row, firstTable.Template.IsPeriodTable ? $"target_{spec.Year}" : first.Column);
                break;
            }
            case FindingKind.BudgetAcrossTables:
            {
                stated = row[column] = Notation.Reformat(row[column], Num(row[column]) + money);
                compared = Cell(tables[site.Other!.Table], site.Other.Row, site.Other.Column);
                break;
            }
            case FindingKind.ChildrenBudgetSum when site.Other is { } parent:
            {
                // The parent's budget stays; the sum of its children grows by the raised child's amount.
                row[column] = Notation.Reformat(row[column], Num(row[column]) + money);
                stated = Cell(table, parent.Row, "budget");
                compared = Number(Num(stated) + money);
                break;
            }
            case FindingKind.ChildrenBudgetSum:
            {
                var before = Num(row[column]);
                stated = row[column] = Notation.Reformat(row[column], before + money);
                compared = Number(before);
                break;
            }
            case FindingKind.StatisticAcrossTables:
            {
                var delta = 10m * factors.Served;
                stated = row[column] = Notation.Reformat(row[column], Num(row[column]) + delta);
                if (site.Other is { } total)
                {
                    var totalRow = table.Rows[total.Row];
                    totalRow[column] = Notation.Reformat(totalRow[column], Num(totalRow[column]) + delta);
                }
                var first = p.FirstPpks!;
                compared = Cell(tables[first.Table], first.Row, first.Column);
                break;
            }
            default:
                return null;
        }
        var statedRow = kind == FindingKind.PeriodTargetsVsAnnual || (kind == FindingKind.ChildrenBudgetSum && site.Other is not null) ? site.Other!.Row : site.Cell.Row;
        return new PlantedDisagreement(spec.Key, kind, table.Template.Key, table.Template.Cell(table.Template.Rows[statedRow], "line"), statedRow + 2,
            stated, compared, site.Description);
    }
}
