using Sakip.Api.Data;
using Sakip.Api.Plan;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Reconciliation;

public sealed partial class Reconciler
{
    private sealed record IndicatorValue(long IndicatorId, IndicatorMeasure Measure, int Year, PeriodKind Period, int PeriodNo, Value Figure);

    private void CheckIndicators()
    {
        var indicators = input.Indicators.ToDictionary(i => i.Id);
        var figures = input.IndicatorFigures
            .Where(f => f.Figure.State == FigureState.Reported)
            .Select(f => new IndicatorValue(f.IndicatorId, f.Measure, f.Year, f.PeriodKind, f.PeriodNo, ToValue(f.Figure, f.SourceRowId, f.SourceTableId)))
            .ToList();

        // Period targets against the annual target of the same table, under the indicator's aggregation rule.
        foreach (var group in figures.Where(f => f.Measure == IndicatorMeasure.Target).GroupBy(f => (f.IndicatorId, f.Figure.TableId, f.Year)))
        {
            var annual = group.FirstOrDefault(f => f.Period == PeriodKind.Year);
            var indicator = indicators[group.Key.IndicatorId];
            if (annual is null || !annual.Figure.IsNumber || indicator.Aggregation is not { } rule)
            {
                continue;
            }
            foreach (var periods in group.Where(f => f.Period != PeriodKind.Year && f.Figure.IsNumber).GroupBy(f => f.Period))
            {
                var values = periods.OrderBy(p => p.PeriodNo).ToList();
                var aggregate = rule switch
                {
                    Aggregation.Sum => values.Sum(v => v.Figure.Number!.Value),
                    Aggregation.Last => values[^1].Figure.Number!.Value,
                    _ => values.Average(v => v.Figure.Number!.Value),
                };
                var (name, prefix) = periods.Key == PeriodKind.Month ? ("bulanan", "B") : ("triwulanan", "TW");
                var how = rule switch { Aggregation.Sum => "jumlah", Aggregation.Last => "nilai terakhir", _ => "rata-rata" };
                var source = $"{how} {values.Count} target {name} di {_tables[group.Key.TableId].DocumentKey}/{_tables[group.Key.TableId].Key}: "
                    + string.Join(", ", values.Select(v => $"{prefix}{v.PeriodNo} {v.Figure.Published}"));
                var agree = rule == Aggregation.Average ? AgreesWithin(annual.Figure, aggregate) : annual.Figure.Number == aggregate;
                Compare(DocumentOf(group.Key.TableId), FindingKind.PeriodTargetsVsAnnual, indicator.Name, annual.Figure, aggregate,
                    Number(aggregate, 4), source, null, agree);
            }
        }

        // The same indicator's annual target for the same year in different tables.
        foreach (var group in figures.Where(f => f.Measure == IndicatorMeasure.Target && f.Period == PeriodKind.Year).GroupBy(f => (f.IndicatorId, f.Year)))
        {
            var perTable = group
                .GroupBy(f => f.Figure.TableId)
                .Select(t => t.OrderBy(f => _rows[f.Figure.RowId].Ordinal).First())
                .OrderBy(f => _tables[f.Figure.TableId].DocumentId).ThenBy(f => _tables[f.Figure.TableId].Ordinal)
                .ToList();
            var first = perTable[0].Figure;
            foreach (var other in perTable.Skip(1))
            {
                Compare(DocumentOf(other.Figure.TableId), FindingKind.TargetAcrossTables, $"{indicators[group.Key.IndicatorId].Name}, target {group.Key.Year}",
                    other.Figure, first.Number, first.Published, Source(first.RowId), first.RowId, Same(other.Figure, first));
            }
        }

        // Reported capaian against capaian recomputed from the same table's target and realisation.
        foreach (var group in figures.Where(f => f.Period == PeriodKind.Year).GroupBy(f => (f.IndicatorId, f.Figure.TableId, f.Year)))
        {
            var target = group.FirstOrDefault(f => f.Measure == IndicatorMeasure.Target)?.Figure;
            var realisation = group.FirstOrDefault(f => f.Measure == IndicatorMeasure.Realisation)?.Figure;
            var capaian = group.FirstOrDefault(f => f.Measure == IndicatorMeasure.Capaian)?.Figure;
            CheckKriteria(indicators[group.Key.IndicatorId], group.Key.Year, target, realisation);
            if (target is not { IsNumber: true } || realisation is not { IsNumber: true } || capaian is not { IsNumber: true })
            {
                continue;
            }
            var indicator = indicators[group.Key.IndicatorId];
            var computed = CapaianRules.Compute(ToFigure(target), ToFigure(realisation), indicator.Polarity, input.Scale);
            if (computed.Value is not { } value)
            {
                continue;
            }
            var source = $"{computed.Formula}: {computed.Trace}, dari {Source(realisation.RowId)}";
            Compare(DocumentOf(group.Key.TableId), FindingKind.CapaianRecomputed, $"{indicator.Name}, capaian {group.Key.Year}", capaian,
                value, Percent(value, 4), source, null, AgreesWithin(capaian, value));
        }
    }
}
