using Sakip.Api.Data;
using Sakip.Api.Plan;
using Sakip.Api.Reconciliation;

namespace Sakip.Generator;

/// <summary>A cell of a template: table ordinal, row index, column.</summary>
public sealed record CellRef(int Table, int Row, string Column);

/// <summary>Where a disagreement can be planted in documents of a template, found by reading the template as the reconciliation does.</summary>
public sealed record PlantSite(FindingKind Kind, CellRef Cell, CellRef? Other, string Description);

/// <summary>A template finding the generator removes on purpose: a Renstra target cell set to the doc-year table's figure.</summary>
public sealed record RepairedCell(string Template, string Table, string Line, string Indicator, string Was, string Now);

/// <summary>What the generator derives once from a template: key namespace, plan attributes, and where figures may vary or be planted.</summary>
public sealed class PreparedTemplate
{
    public required TemplateDocument Doc { get; init; }
    public Dictionary<string, string> Namespace { get; } = [];
    public Dictionary<string, Polarity> Polarity { get; } = [];
    public Dictionary<string, string> Aggregation { get; } = [];
    public Dictionary<string, string> Parent { get; } = [];
    public Dictionary<string, string> Level { get; } = [];
    /// <summary>Rows (table, row, suffix) whose printed capaian agrees with the template's target and realisation: their realisation may vary.</summary>
    public HashSet<(int Table, int Row, string Suffix)> Varying { get; } = [];
    /// <summary>Period table cells at the template year that the generator repairs (table, row) -> text.</summary>
    public Dictionary<(int Table, int Row), string> Repaired { get; } = [];
    public List<RepairedCell> Repairs { get; } = [];
    public Dictionary<FindingKind, PlantSite> Plants { get; } = [];
    public CellRef? ChangeSite { get; set; }

    public int Year => Doc.Year;

    public static readonly string[] PpksKinds = ["ppks"];

    public string Ns(string key) => Namespace.TryGetValue(key, out var k) ? k : key;

    public static PreparedTemplate Prepare(TemplateDocument doc, ISet<string> namespaced, string prefix)
    {
        var p = new PreparedTemplate { Doc = doc };
        foreach (var key in namespaced)
        {
            p.Namespace[key] = prefix + key;
        }
        foreach (var t in doc.Tables.Where(t => t.Kind == "indicators"))
        {
            foreach (var row in t.Rows)
            {
                var node = t.Cell(row, "node");
                var ind = t.Cell(row, "indicator");
                if (ind.Length > 0 && t.Cell(row, "polarity") is { Length: > 0 } pol)
                {
                    p.Polarity.TryAdd(ind, pol == "lower" ? Core.Capaian.Polarity.LowerIsBetter : Core.Capaian.Polarity.HigherIsBetter);
                }
                if (ind.Length > 0 && t.Cell(row, "aggregation") is { Length: > 0 } agg)
                {
                    p.Aggregation.TryAdd(ind, agg);
                }
                if (node.Length > 0 && t.Cell(row, "parent") is { Length: > 0 } parent)
                {
                    p.Parent.TryAdd(node, parent);
                }
                if (node.Length > 0 && t.Cell(row, "level") is { Length: > 0 } level)
                {
                    p.Level.TryAdd(node, level);
                }
            }
        }
        p.FindVarying();
        p.FindRepairs();
        p.FindPlants();
        p.FindChangeSite();
        return p;
    }

    public Polarity PolarityOf(string indicator) => Polarity.TryGetValue(indicator, out var x) ? x : Core.Capaian.Polarity.HigherIsBetter;

    public static IEnumerable<string> CapaianSuffixes(TemplateTable t) =>
        t.Header.Where(h => h == "capaian" || h.StartsWith("capaian_", StringComparison.Ordinal)).Select(h => h["capaian".Length..]);

    private bool SingleRow(TemplateTable t, int row)
    {
        var ind = t.Cell(t.Rows[row], "indicator");
        return ind.Length > 0 && t.Rows.Count(r => t.Cell(r, "indicator") == ind) == 1;
    }

    private void FindVarying()
    {
        foreach (var t in Doc.Tables.Where(t => t.Kind == "indicators"))
        {
            foreach (var suffix in CapaianSuffixes(t))
            {
                for (var i = 0; i < t.Rows.Count; i++)
                {
                    var row = t.Rows[i];
                    var target = Notation.Parse(t.Cell(row, "target" + suffix));
                    var real = Notation.Parse(t.Cell(row, "realisation" + suffix));
                    var cap = Notation.Parse(t.Cell(row, "capaian" + suffix));
                    if (!SingleRow(t, i) || target is not { IsNumber: true, Grade: null } || real is not { IsNumber: true, Grade: null }
                        || cap is not { IsNumber: true, Grade: null } || target.Value == 0)
                    {
                        continue;
                    }
                    var computed = CapaianRules.Compute(target, real, PolarityOf(t.Cell(row, "indicator")));
                    if (computed.Value is { } v && Notation.AgreesWithin(cap, v))
                    {
                        Varying.Add((t.Ordinal, i, suffix));
                    }
                }
            }
        }
    }

    /// <summary>Annual targets of (indicator, year) in table order, as the reconciliation orders them (first row of each table).</summary>
    private List<(int Table, int Row, string Column, Figure Figure)> TargetsOf(string indicator, int year)
    {
        var found = new List<(int, int, string, Figure)>();
        foreach (var t in Doc.Tables.Where(t => t.Kind == "indicators"))
        {
            var column = t.IsPeriodTable || t.Column("target") < 0 ? $"target_{year}" : t.Year == year ? "target" : $"target_{year}";
            if (t.Column(column) < 0)
            {
                continue;
            }
            for (var i = 0; i < t.Rows.Count; i++)
            {
                if (t.Cell(t.Rows[i], "indicator") == indicator && Notation.Parse(t.Cell(t.Rows[i], column)) is { State: FigureState.Reported } f)
                {
                    found.Add((t.Ordinal, i, column, f));
                    break;
                }
            }
        }
        return found;
    }

    private void FindRepairs()
    {
        foreach (var t in Doc.Tables.Where(t => t.IsPeriodTable))
        {
            var column = $"target_{Year}";
            for (var i = 0; i < t.Rows.Count; i++)
            {
                var ind = t.Cell(t.Rows[i], "indicator");
                if (ind.Length == 0 || Notation.Parse(t.Cell(t.Rows[i], column)) is not { State: FigureState.Reported } own)
                {
                    continue;
                }
                var first = TargetsOf(ind, Year)[0];
                if ((first.Table, first.Row) == (t.Ordinal, i) || Notation.Same(own, first.Figure))
                {
                    continue;
                }
                Repaired[(t.Ordinal, i)] = first.Figure.Published;
                Repairs.Add(new RepairedCell(Doc.Key, t.Key, t.Cell(t.Rows[i], "line"), ind, own.Published, first.Figure.Published));
            }
        }
    }

    private static bool Numeric(string text) => Notation.Number(text) is not null;

    /// <summary>The tables that list the most programs with a budget (the agency ceiling is compared with them).</summary>
    private HashSet<int> CeilingTables()
    {
        var counts = Doc.Tables.Where(t => t.Kind == "indicators" && t.Column("budget") >= 0)
            .Select(t => (t.Ordinal, Count: t.Rows.Where(r => Numeric(t.Cell(r, "budget")) && Level.GetValueOrDefault(t.Cell(r, "node")) == "program")
                .Select(r => t.Cell(r, "node")).Distinct().Count()))
            .ToList();
        var most = counts.Count == 0 ? 0 : counts.Max(c => c.Count);
        return counts.Where(c => c.Count == most && most > 0).Select(c => c.Ordinal).ToHashSet();
    }

    private void FindPlants()
    {
        var tables = Doc.Tables;
        var money = new[] { "value", "amount", "count" };

        // A printed total (assets, PSKS) that agrees with its rows.
        foreach (var t in tables.Where(t => t.Kind is "assets" or "psks" or "agency-budget"))
        {
            if (t.Column("dimension") >= 0 || t.Column("stage") >= 0 || Plants.ContainsKey(FindingKind.StatedTotal))
            {
                continue;
            }
            for (var i = 0; i < t.Rows.Count && !Plants.ContainsKey(FindingKind.StatedTotal); i++)
            {
                if (!t.IsTotal(t.Rows[i]))
                {
                    continue;
                }
                foreach (var column in money.Where(c => t.Column(c) >= 0))
                {
                    var total = Notation.Number(t.Cell(t.Rows[i], column));
                    var parts = t.Rows.Where(r => !t.IsTotal(r)).Select(r => Notation.Number(t.Cell(r, column))).Where(v => v is not null).ToList();
                    if (total is not null && parts.Count > 0 && parts.Sum() == total)
                    {
                        Plants[FindingKind.StatedTotal] = new(FindingKind.StatedTotal, new(t.Ordinal, i, column), null, $"printed total of column {column} raised");
                        break;
                    }
                }
            }
        }

        // A printed share of aid delivered that agrees with the row's counts.
        foreach (var t in tables.Where(t => t.Kind == "aid-distribution" && !Plants.ContainsKey(FindingKind.PercentageRecomputed)))
        {
            for (var i = 0; i < t.Rows.Count; i++)
            {
                var row = t.Rows[i];
                var recipients = Notation.Number(t.Cell(row, "recipients"));
                var delivered = Notation.Number(t.Cell(row, "delivered"));
                if (t.IsTotal(row) || t.Cell(row, "kecamatan").Length == 0 || recipients is not > 0 || delivered is null
                    || Notation.Parse(t.Cell(row, "delivered_pct")) is not { IsNumber: true, Grade: null } pct)
                {
                    continue;
                }
                if (Notation.AgreesWithin(pct, delivered.Value / recipients.Value * 100))
                {
                    Plants[FindingKind.PercentageRecomputed] = new(FindingKind.PercentageRecomputed, new(t.Ordinal, i, "delivered_pct"), null, "printed share of aid delivered moved by 10 points");
                    break;
                }
            }
        }

        // A printed capaian that agrees with its target and realisation.
        foreach (var (table, row, suffix) in Varying.Where(v => v.Suffix == "").OrderBy(v => v.Table).ThenBy(v => v.Row))
        {
            Plants[FindingKind.CapaianRecomputed] = new(FindingKind.CapaianRecomputed, new(table, row, "capaian"), null, "printed capaian moved by 10 points");
            break;
        }

        // Monthly targets that make the annual target (sum rule): the last month raised by one.
        foreach (var t in tables.Where(t => t.Kind == "indicators" && t.Column("m1") >= 0 && !Plants.ContainsKey(FindingKind.PeriodTargetsVsAnnual)))
        {
            for (var i = 0; i < t.Rows.Count; i++)
            {
                var row = t.Rows[i];
                var ind = t.Cell(row, "indicator");
                var months = Enumerable.Range(1, 12).Select(m => $"m{m}").Where(m => t.Cell(row, m).Length > 0).ToList();
                var annual = Notation.Number(t.Cell(row, "target"));
                if (!SingleRow(t, i) || Aggregation.GetValueOrDefault(ind) != "sum" || months.Count == 0 || annual is null
                    || months.Any(m => Notation.Number(t.Cell(row, m)) is null) || t.Header.Any(h => h.StartsWith("q", StringComparison.Ordinal) && h.Length == 2 && t.Cell(row, h).Length > 0))
                {
                    continue;
                }
                if (months.Sum(m => Notation.Number(t.Cell(row, m))!.Value) == annual)
                {
                    Plants[FindingKind.PeriodTargetsVsAnnual] = new(FindingKind.PeriodTargetsVsAnnual, new(t.Ordinal, i, months[^1]), new(t.Ordinal, i, "target"),
                        $"monthly target {months[^1]} raised by one unit, so the months no longer make the annual target");
                    break;
                }
            }
        }

        // The same indicator's target in a later table, agreeing with the first.
        foreach (var t in tables.Where(t => t.Kind == "indicators" && !t.IsPeriodTable && t.Column("target") >= 0 && t.Year == Year))
        {
            if (Plants.ContainsKey(FindingKind.TargetAcrossTables))
            {
                break;
            }
            for (var i = 0; i < t.Rows.Count; i++)
            {
                var row = t.Rows[i];
                var ind = t.Cell(row, "indicator");
                if (!SingleRow(t, i) || Notation.Parse(t.Cell(row, "target")) is not { IsNumber: true, Grade: null } own
                    || t.Header.Any(h => (h.StartsWith("realisation", StringComparison.Ordinal) || h.StartsWith("capaian", StringComparison.Ordinal)
                        || (h.Length <= 3 && (h[0] == 'm' || h[0] == 'q') && h.Skip(1).All(char.IsDigit))) && t.Cell(row, h).Length > 0))
                {
                    continue;
                }
                var first = TargetsOf(ind, Year)[0];
                if (first.Table != t.Ordinal && Notation.Same(own, first.Figure))
                {
                    Plants[FindingKind.TargetAcrossTables] = new(FindingKind.TargetAcrossTables, new(t.Ordinal, i, "target"), new(first.Table, first.Row, first.Column),
                        "target changed by one unit against the same indicator's target in an earlier table");
                    break;
                }
            }
        }

        var ceiling = CeilingTables();
        var budgetRows = tables.Where(t => t.Kind == "indicators")
            .SelectMany(t => new[] { "budget", "budget_realisation" }.Where(c => t.Column(c) >= 0)
                .SelectMany(c => t.Rows.Select((r, i) => (Table: t, Row: i, Column: c, Node: t.Cell(r, "node"), Value: Notation.Number(t.Cell(r, c))))))
            .Where(b => b.Node.Length > 0 && b.Value is not null)
            .ToList();

        // The same node's budget in a later table: a node with no children or parent budget there, not a program of the ceiling table.
        foreach (var group in budgetRows.GroupBy(b => (b.Node, b.Column)))
        {
            var ordered = group.OrderBy(b => b.Table.Ordinal).ThenBy(b => b.Row).ToList();
            foreach (var other in ordered.Skip(1))
            {
                var t = other.Table;
                var inTable = budgetRows.Where(b => b.Table == t && b.Column == other.Column).ToList();
                if (Plants.ContainsKey(FindingKind.BudgetAcrossTables) || other.Value == 0 || t.Rows.Any(t.IsTotal)
                    || inTable.Count(b => b.Node == other.Node) != 1 || ordered.Count != 2
                    || (other.Column == "budget" && (inTable.Any(b => Parent.GetValueOrDefault(b.Node) == other.Node)
                        || inTable.Any(b => b.Node == Parent.GetValueOrDefault(other.Node))
                        || (Level.GetValueOrDefault(other.Node) == "program" && ceiling.Contains(t.Ordinal))))
                    || ordered[0].Value != other.Value)
                {
                    continue;
                }
                Plants[FindingKind.BudgetAcrossTables] = new(FindingKind.BudgetAcrossTables, new(t.Ordinal, other.Row, other.Column),
                    new(ordered[0].Table.Ordinal, ordered[0].Row, other.Column), $"{other.Column} of the node raised against the same node in an earlier table");
            }
        }

        // A node whose budget is the sum of its children's, printed once, with no parent budget in the table.
        foreach (var t in tables.Where(t => t.Kind == "indicators" && t.Column("budget") >= 0))
        {
            var inTable = budgetRows.Where(b => b.Table == t && b.Column == "budget").ToList();
            foreach (var node in inTable)
            {
                var children = inTable.Where(b => Parent.GetValueOrDefault(b.Node) == node.Node).GroupBy(b => b.Node).Select(g => g.First()).ToList();
                if (Plants.ContainsKey(FindingKind.ChildrenBudgetSum) || children.Count == 0 || t.Rows.Any(t.IsTotal)
                    || budgetRows.Count(b => b.Node == node.Node && b.Column == "budget") != 1
                    || inTable.Any(b => b.Node == Parent.GetValueOrDefault(node.Node))
                    || (Level.GetValueOrDefault(node.Node) == "program" && ceiling.Contains(t.Ordinal))
                    || children.Sum(c => c.Value!.Value) != node.Value)
                {
                    continue;
                }
                Plants[FindingKind.ChildrenBudgetSum] = new(FindingKind.ChildrenBudgetSum, new(t.Ordinal, node.Row, "budget"), null,
                    "budget of the node raised above the sum of its children's budgets");
            }
        }

        // Failing that, a leaf child whose budget is printed once: raising it breaks its parent's sum alone.
        foreach (var t in tables.Where(t => t.Kind == "indicators" && t.Column("budget") >= 0 && !t.Rows.Any(t.IsTotal)))
        {
            var inTable = budgetRows.Where(b => b.Table == t && b.Column == "budget").ToList();
            foreach (var child in inTable)
            {
                var parent = Parent.GetValueOrDefault(child.Node);
                var parentRows = inTable.Where(b => b.Node == parent).ToList();
                var siblings = inTable.Where(b => Parent.GetValueOrDefault(b.Node) == parent).GroupBy(b => b.Node).Select(g => g.First()).ToList();
                if (Plants.ContainsKey(FindingKind.ChildrenBudgetSum) || parent is null || parentRows.Count != 1 || child.Value == 0
                    || budgetRows.Count(b => b.Node == child.Node && b.Column == "budget") != 1
                    || inTable.Any(b => Parent.GetValueOrDefault(b.Node) == child.Node)
                    || (Level.GetValueOrDefault(child.Node) == "program" && ceiling.Contains(t.Ordinal))
                    || siblings.Sum(c => c.Value!.Value) != parentRows[0].Value)
                {
                    continue;
                }
                Plants[FindingKind.ChildrenBudgetSum] = new(FindingKind.ChildrenBudgetSum, new(t.Ordinal, child.Row, "budget"), new(t.Ordinal, parentRows[0].Row, "budget"),
                    "budget of a child node raised, so its parent's budget is no longer the sum of its children's");
            }
        }

        // The same PPKS count in a later table (an appendix copy): the row and the table's total raised together.
        var ppks = tables.Where(t => t.Kind == "ppks")
            .SelectMany(t => new[] { "terdata", "tertangani", "mandiri" }.Where(c => t.Column(c) >= 0)
                .SelectMany(c => t.Rows.Select((r, i) => (Table: t, Row: i, Column: c, Key: t.Cell(r, "key"), Figure: Notation.Parse(t.Cell(r, c))))))
            .Where(x => x.Key.Length > 0 && !x.Table.IsTotal(x.Table.Rows[x.Row]) && x.Figure is { IsNumber: true, Grade: null })
            .ToList();
        foreach (var group in ppks.GroupBy(x => (x.Key, x.Column)).Where(g => g.Count() == 2 && g.Select(x => x.Table).Distinct().Count() == 2))
        {
            var ordered = group.OrderBy(x => x.Table.Ordinal).ToList();
            var other = ordered[1];
            var t = other.Table;
            var totals = t.Rows.Select((r, i) => (r, i)).Where(x => t.IsTotal(x.r)).ToList();
            var parts = t.Rows.Where(r => !t.IsTotal(r)).Select(r => Notation.Number(t.Cell(r, other.Column))).Where(v => v is not null).Sum();
            if (Plants.ContainsKey(FindingKind.StatisticAcrossTables) || !Notation.Same(other.Figure!, ordered[0].Figure!) || other.Figure!.Value == 0
                || totals.Count > 1 || totals.Any(x => Notation.Number(t.Cell(x.r, other.Column)) != parts))
            {
                continue;
            }
            Plants[FindingKind.StatisticAcrossTables] = new(FindingKind.StatisticAcrossTables, new(t.Ordinal, other.Row, other.Column),
                totals.Count == 1 ? new(t.Ordinal, totals[0].i, other.Column) : null,
                $"PPKS {other.Column} of category {other.Key} raised in the later table (its total raised with it) against the earlier table");
            Plants[FindingKind.StatisticAcrossTables] = Plants[FindingKind.StatisticAcrossTables] with { };
            FirstPpks = new(ordered[0].Table.Ordinal, ordered[0].Row, other.Column);
        }
    }

    /// <summary>The earlier PPKS figure the planted StatisticAcrossTables is compared with.</summary>
    public CellRef? FirstPpks { get; private set; }

    private void FindChangeSite()
    {
        foreach (var t in Doc.Tables)
        {
            if (t.Kind == "assets" && !t.Rows.Any(t.IsTotal) && t.Column("quantity") >= 0)
            {
                var i = t.Rows.FindIndex(r => Numeric(t.Cell(r, "quantity")));
                if (i >= 0)
                {
                    ChangeSite = new(t.Ordinal, i, "quantity");
                    return;
                }
            }
            if (t.IsPeriodTable && t.Column("baseline") >= 0)
            {
                var i = t.Rows.FindIndex(r => Numeric(t.Cell(r, "baseline")));
                if (i >= 0)
                {
                    ChangeSite = new(t.Ordinal, i, "baseline");
                    return;
                }
            }
        }
    }
}
