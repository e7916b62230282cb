using Sakip.Api.Data;

namespace Sakip.Api.Plan;

/// <summary>
/// An indicator's capaian for one year: the target and realisation it is computed from, the capaian the document
/// reports, and the recomputed one with its category and trace.
/// </summary>
public sealed record CapaianReport(int Year, IndicatorFigure? Target, IndicatorFigure? Realisation, IndicatorFigure? Reported,
    CapaianResult Result, string Scale)
{
    /// <summary>The kriteria the document prints beside the realisation used (its row's <c>kriteria</c> cell), as printed.</summary>
    public string? PublishedKriteria { get; init; }

    /// <summary>Reported minus recomputed capaian, where both are numbers (published minus computed, as a finding's difference).</summary>
    public decimal? Difference => Reported?.Figure is { IsNumber: true } reported ? Core.Figures.Difference.Of(reported.Value, Result.Value) : null;

    /// <summary>
    /// The capaian of each year with an annual figure. The realisation comes first (the first table reporting one);
    /// the target and reported capaian are taken from the same row, else the same table, else the first table with one,
    /// so that a capaian is never computed from figures of two different tables when one table has both.
    /// </summary>
    public static IReadOnlyList<CapaianReport> History(Polarity polarity, IEnumerable<IndicatorFigure> figures, CapaianScale scale) =>
        figures.Where(f => f.PeriodKind == PeriodKind.Year && f.Measure is IndicatorMeasure.Target or IndicatorMeasure.Realisation or IndicatorMeasure.Capaian)
            .GroupBy(f => f.Year)
            .OrderBy(g => g.Key)
            .Select(g => Build(g.Key, polarity, g.ToList(), scale))
            .ToList();

    private static CapaianReport Build(int year, Polarity polarity, List<IndicatorFigure> ofYear, CapaianScale scale)
    {
        var realisation = First(ofYear, IndicatorMeasure.Realisation, null);
        var target = First(ofYear, IndicatorMeasure.Target, realisation);
        var reported = First(ofYear, IndicatorMeasure.Capaian, realisation ?? target);
        var result = CapaianRules.Compute(target?.Figure, realisation?.Figure, polarity, scale);
        return new CapaianReport(year, target, realisation, reported, result, scale.Name);
    }

    private static IndicatorFigure? First(List<IndicatorFigure> figures, IndicatorMeasure measure, IndicatorFigure? near) =>
        figures.Where(f => f.Measure == measure)
            .OrderBy(f => near is null ? 0 : f.SourceRowId == near.SourceRowId ? 0 : f.SourceTableId == near.SourceTableId ? 1 : 2)
            .ThenBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId)
            .FirstOrDefault();
}
