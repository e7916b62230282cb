using System.Text.Json;
using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Api.Plan;
using Sakip.Api.Seeding;
using Sakip.Api.Statistics;
using Sakip.Core.Capaian;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Reconciliation;

public sealed partial class Reconciler
{
    /// <summary>What a table states or implies for a narrative figure: its value, where it comes from, and the row.</summary>
    private sealed record Stated(decimal? Number, string? Grade, string Text, string Source, long? RowId);

    /// <summary>
    /// Each figure of the prose (tables of kind <c>narrative</c>) against what the same document's tables state or imply
    /// for it: the indicator's target, realisation or capaian of the year; a node's (or the agency's) budget, its
    /// realisation and absorption; a count of plan items; a PPKS figure or total. It agrees when any table agrees (a
    /// disagreement between tables is its own finding); when none does, the finding names the first table's figure and
    /// says which other year's figure it matches, if any (a year slipped in the sentence). Nothing to compare: no check.
    /// </summary>
    private void CheckNarrative()
    {
        foreach (var row in input.Rows.Where(r => _tables[r.SourceTableId].Kind == TableKinds.Narrative && !r.IsTotal))
        {
            var cells = row.Cells.RootElement;
            string? Cell(string name) => cells.TryGetProperty(name, out var v) ? v.GetString() : null;
            var figure = FigureParser.Parse(Cell("figure"), out _);
            if (figure is null || figure.State != FigureState.Reported || Cell("states") is not { } states)
            {
                continue;
            }
            var table = _tables[row.SourceTableId];
            var year = int.TryParse(Cell("year"), out var y) ? y : input.Tables.First(t => t.Id == table.Id).Year;
            var stated = ToValue(figure, row.Id, table.Id);
            var (subject, candidates) = Expected(states, Cell, table.DocumentId, year);
            if (candidates.Count == 0)
            {
                continue;
            }
            var percent = states is "capaian" or "absorption" || figure.Published.Contains('%');
            var relation = Cell("compare") ?? "equal";
            // A grade agrees with the same grade; a score printed without its grade ("60") with the same score ("60 (B)").
            bool Agrees(Stated s) => s.Grade is not null && stated.Grade is not null
                ? s.Grade == stated.Grade && (s.Number is null || stated.Number is null || s.Number == stated.Number)
                : s.Number is { } n && stated.Number is { } m && relation switch
                {
                    "more-than" => n > m,
                    "less-than" => n < m,
                    _ => n == m || percent && AgreesWithin(stated, n) || s.RowId is null && AgreesWithin(stated, n),
                };
            if (candidates.Any(Agrees))
            {
                Compare(table.DocumentId, FindingKind.NarrativeVsTables, subject, stated, null, "", "", null, agree: true);
                continue;
            }
            var first = candidates[0];
            var others = candidates.Skip(1).Select(c => $"{c.Text} ({c.Source})").Distinct().ToList();
            var slip = Enumerable.Range(year - 5, 11).Where(other => other != year)
                .FirstOrDefault(other => Expected(states, Cell, table.DocumentId, other).Candidates.Any(Agrees));
            var source = first.Source
                + (others.Count > 0 ? "; juga " + string.Join("; ", others) : "")
                + (slip != 0 ? $"; angka narasi sama dengan angka tabel untuk tahun {slip}" : "");
            Compare(table.DocumentId, FindingKind.NarrativeVsTables, $"Narasi: {subject} {year}", stated, first.Number, first.Text, source, first.RowId, agree: false);
        }
    }

    private (string Subject, List<Stated> Candidates) Expected(string states, Func<string, string?> cell, long documentId, int year) => states switch
    {
        "target" or "realisation" or "capaian" => IndicatorFigures(states, cell("indicator")!, documentId, year),
        "budget" or "budget_realisation" or "absorption" => BudgetFigures(states, cell("node"), cell("table"), documentId, year),
        "count" => Counts(cell("level")!, documentId),
        "terdata" or "tertangani" or "mandiri" => PpksFigures(Enum.Parse<PpksMeasure>(states, ignoreCase: true), cell("category"), documentId, year),
        _ => ("", []),
    };

    private IEnumerable<long> TablesOf(long documentId) => _tables.Values.Where(t => t.DocumentId == documentId).OrderBy(t => t.Ordinal).Select(t => t.Id);

    private (string, List<Stated>) IndicatorFigures(string states, string key, long documentId, int year)
    {
        var indicator = input.Indicators.FirstOrDefault(i => i.Key == key);
        if (indicator is null)
        {
            return ("", []);
        }
        var tables = TablesOf(documentId).ToList();
        var figures = input.IndicatorFigures
            .Where(f => f.IndicatorId == indicator.Id && f.Year == year && f.PeriodKind == PeriodKind.Year && f.Figure.State == FigureState.Reported && tables.Contains(f.SourceTableId))
            .OrderBy(f => tables.IndexOf(f.SourceTableId)).ThenBy(f => _rows[f.SourceRowId].Ordinal)
            .ToList();
        List<Stated> Of(IndicatorMeasure measure) => figures.Where(f => f.Measure == measure)
            .Select(f => new Stated(f.Figure.Value, f.Figure.Grade, f.Figure.Published, Source(f.SourceRowId), f.SourceRowId)).ToList();
        var name = states switch { "target" => "target", "realisation" => "realisasi", _ => "capaian" };
        var candidates = Of(states switch { "target" => IndicatorMeasure.Target, "realisation" => IndicatorMeasure.Realisation, _ => IndicatorMeasure.Capaian });
        if (states == "capaian")
        {
            // Implied by each table's target and realisation (a table that prints no capaian column still states both).
            foreach (var pair in figures.GroupBy(f => f.SourceTableId))
            {
                var target = pair.FirstOrDefault(f => f.Measure == IndicatorMeasure.Target);
                var realisation = pair.FirstOrDefault(f => f.Measure == IndicatorMeasure.Realisation);
                if (target is not null && realisation is not null
                    && CapaianRules.Compute(target.Figure, realisation.Figure, indicator.Polarity) is { Value: { } value })
                {
                    candidates.Add(new Stated(value, null, Percent(value), $"dihitung dari target {target.Figure.Published} dan realisasi {realisation.Figure.Published} ({Source(realisation.SourceRowId)})", null));
                }
            }
        }
        return ($"{name} {indicator.Name}", candidates);
    }

    /// <param name="tableKey">The table the sentence speaks of ("the table beside it"): only its figures, its stated total first.</param>
    private (string, List<Stated>) BudgetFigures(string states, string? nodeKey, string? tableKey, long documentId, int year)
    {
        var node = nodeKey is null ? null : input.Nodes.FirstOrDefault(n => n.Key == nodeKey);
        var nodes = input.Nodes.ToDictionary(n => n.Id);
        bool Under(long? id) => node is null || id is { } i && (i == node.Id || nodes.TryGetValue(i, out var n) && n.ParentId is { } p && Under(p));
        var tables = TablesOf(documentId).Where(t => tableKey is null || _tables[t].Key == tableKey).ToList();
        var figures = input.Budgets
            .Where(b => b.Year == year && b.PeriodKind == PeriodKind.Year && b.Amount.State == FigureState.Reported && tables.Contains(b.SourceTableId))
            .ToList();
        var candidates = new List<Stated>();
        var subject = node is not null ? $"anggaran {LevelName(node.Level).ToLowerInvariant()} {node.Name}"
            : tableKey is not null ? $"anggaran tabel {tableKey}" : "anggaran perangkat daerah";
        foreach (var table in figures.GroupBy(b => b.SourceTableId).OrderBy(g => tables.IndexOf(g.Key)))
        {
            (decimal Sum, string Text, string Source, long? Row)? Amount(BudgetMeasure measure)
            {
                var column = measure == BudgetMeasure.Pagu ? "budget" : "budget_realisation";
                if (node is null && tableKey is not null
                    && input.StatedTotals.FirstOrDefault(t => t.SourceTableId == table.Key && t.Column == column && t.Figure.State == FigureState.Reported) is { } total)
                {
                    return (total.Figure.Value!.Value, total.Figure.Published, Source(total.SourceRowId), total.SourceRowId);
                }
                var own = table.Where(b => b.Measure == measure && (node is null ? b.PlanNodeId is null : b.PlanNodeId == node.Id)).ToList();
                if (own.Count > 0)
                {
                    return (own[0].Amount.Value!.Value, own[0].Amount.Published, Source(own[0].SourceRowId), own[0].SourceRowId);
                }
                // Else the sum of the highest level of nodes under it that the table gives (the programs, else the kegiatan).
                // Each node once: a table may list a program under each sasaran it serves.
                var under = table.Where(b => b.Measure == measure && b.PlanNodeId is { } id && id != node?.Id && Under(id))
                    .GroupBy(b => b.PlanNodeId).Select(g => g.OrderBy(b => _rows[b.SourceRowId].Ordinal).First()).ToList();
                var level = under.Select(b => nodes[b.PlanNodeId!.Value].Level).DefaultIfEmpty().Min();
                var parts = under.Where(b => nodes[b.PlanNodeId!.Value].Level == level).ToList();
                if (parts.Count == 0)
                {
                    return null;
                }
                var sum = parts.Sum(b => b.Amount.Value!.Value);
                return (sum, Rupiah(sum), $"jumlah {parts.Count} {LevelName(level).ToLowerInvariant()} di {_tables[table.Key].DocumentKey}/{_tables[table.Key].Key}: {Lines(parts.Select(b => b.SourceRowId))}", null);
            }
            var pagu = Amount(BudgetMeasure.Pagu);
            var realisation = Amount(BudgetMeasure.Realisation);
            if (states == "absorption")
            {
                if (pagu is { Sum: > 0 } p && realisation is { } r)
                {
                    var value = r.Sum / p.Sum * 100;
                    candidates.Add(new Stated(value, null, Percent(value), $"realisasi {r.Text} / pagu {p.Text} ({p.Source})", null));
                }
            }
            else if ((states == "budget" ? pagu : realisation) is { } amount)
            {
                candidates.Add(new Stated(amount.Sum, null, amount.Text, amount.Source, amount.Row));
            }
        }
        return (states switch { "budget" => "pagu ", "budget_realisation" => "realisasi ", _ => "penyerapan " } + subject, candidates);
    }

    /// <summary>
    /// The plan items of a level the indicator table of the document that names the most of them names (each item once),
    /// then the document's tables together: a sentence may count what one table lists, or all of them.
    /// </summary>
    private (string, List<Stated>) Counts(string level, long documentId)
    {
        var what = level switch { "indicator" => "indikator sasaran", "iku" => "IKU", _ => level.Replace('-', ' ') };
        var tables = TablesOf(documentId).Where(t => _tables[t].Kind == TableKinds.Indicators).ToList();
        var sasaran = input.Nodes.Where(n => n.Level == PlanLevel.Sasaran).Select(n => n.Id).ToHashSet();
        int Count(IEnumerable<long> tableIds)
        {
            var ids = tableIds.ToHashSet();
            var rows = input.Rows.Where(r => ids.Contains(r.SourceTableId)).ToList();
            HashSet<string> Keys(string column) => rows
                .Select(r => r.Cells.RootElement.TryGetProperty(column, out var v) ? v.GetString() : null)
                .OfType<string>().ToHashSet(StringComparer.Ordinal);
            return level switch
            {
                "indicator" => input.Indicators.Count(i => Keys("indicator").Contains(i.Key) && sasaran.Contains(i.PlanNodeId)),
                "iku" => input.Indicators.Count(i => Keys("indicator").Contains(i.Key) && i.Kind == IndicatorKind.Iku),
                _ => input.Nodes.Count(n => Keys("node").Contains(n.Key) && n.Level == Enum.Parse<PlanLevel>(level.Replace("-", ""), ignoreCase: true)),
            };
        }
        // The table that lists the most (a PK table lists one official's share, so a smaller count proves nothing), then all.
        var candidates = tables.Select(t => (Table: t, Count: Count([t]))).Where(c => c.Count > 0)
            .OrderByDescending(c => c.Count).Take(1)
            .Select(c => new Stated(c.Count, null, Number(c.Count, 0), $"{what} di {_tables[c.Table].DocumentKey}/{_tables[c.Table].Key} (tabel yang paling banyak menyebutnya)", null))
            .ToList();
        if (candidates.Count > 0 && Count(tables) is var all && all != candidates[0].Number)
        {
            candidates.Add(new Stated(all, null, Number(all, 0), $"{what} di semua tabel indikator dokumen ini", null));
        }
        return ($"jumlah {what}", candidates);
    }

    private (string, List<Stated>) PpksFigures(PpksMeasure measure, string? category, long documentId, int year)
    {
        var tables = TablesOf(documentId).ToList();
        var figures = input.Ppks.Where(f => f.Measure == measure && f.Year == year && tables.Contains(f.SourceTableId)).ToList();
        var candidates = new List<Stated>();
        var name = measure.ToString().ToLowerInvariant();
        foreach (var table in figures.GroupBy(f => f.SourceTableId).OrderBy(g => tables.IndexOf(g.Key)))
        {
            if (category is not null)
            {
                foreach (var f in table.Where(f => f.Category?.Key == category && f.Count.State == FigureState.Reported))
                {
                    candidates.Add(new Stated(f.Count.Value, null, f.Count.Published, Source(f.SourceRowId), f.SourceRowId));
                }
                continue;
            }
            foreach (var total in input.StatedTotals.Where(t => t.SourceTableId == table.Key && t.Column == name && t.Figure.State == FigureState.Reported))
            {
                candidates.Add(new Stated(total.Figure.Value, null, total.Figure.Published, Source(total.SourceRowId), total.SourceRowId));
            }
            var counted = table.Where(f => f.Count.State == FigureState.Reported).ToList();
            var sum = counted.Sum(f => f.Count.Value ?? 0);
            candidates.Add(new Stated(sum, null, Number(sum, 0), $"jumlah {counted.Count} kategori di {_tables[table.Key].DocumentKey}/{_tables[table.Key].Key}", null));
        }
        var subject = category is null ? $"PPKS {name}, jumlah" : $"PPKS {figures.FirstOrDefault(f => f.Category?.Key == category)?.Category?.Name ?? category}: {name}";
        return (subject, candidates);
    }
}
