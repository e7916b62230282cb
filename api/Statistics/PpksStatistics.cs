using Sakip.Api.GraphQL;
using Sakip.Api.Reconciliation;

namespace Sakip.Api.Statistics;

/// <summary>One PPKS category's figures for a year: terdata, tertangani and mandiri from the first table giving each, and coverage.</summary>
public sealed record PpksStatistic(PpksCategory Category, PpksFigure? Terdata, PpksFigure? Tertangani, PpksFigure? Mandiri, IReadOnlyList<PpksFigure> Figures)
{
    public string? Bidang => Figures.Select(f => f.Bidang).FirstOrDefault(b => b is not null);

    public ComputedPercent Coverage => ComputedPercent.Of(Tertangani?.Count.Value, Terdata?.Count.Value, "tertangani", "terdata");
}

/// <summary>A region's PPKS totals for a year: sums over the categories, the totals the documents print, and coverage.</summary>
public sealed record PpksSummary(int Year, decimal? Terdata, decimal? Tertangani, decimal? Mandiri, int Categories, IReadOnlyList<StatedTotal> StatedTotals)
{
    public ComputedPercent Coverage => ComputedPercent.Of(Tertangani, Terdata, "tertangani", "terdata");

    public static PpksSummary Of(int year, IReadOnlyList<PpksStatistic> statistics, IReadOnlyList<StatedTotal> statedTotals) =>
        new(year, Sum(statistics.Select(s => s.Terdata)), Sum(statistics.Select(s => s.Tertangani)), Sum(statistics.Select(s => s.Mandiri)),
            statistics.Count, statedTotals);

    private static decimal? Sum(IEnumerable<PpksFigure?> figures)
    {
        var numbers = figures.Where(f => f?.Count is { IsNumber: true }).Select(f => f!.Count.Value!.Value).ToList();
        return numbers.Count == 0 ? null : numbers.Sum();
    }
}

public static class PpksStatistics
{
    /// <summary>Per category, the figure of each measure from the first table (in document order) that gives it.</summary>
    public static IReadOnlyList<PpksStatistic> Build(IReadOnlyList<PpksCategory> categories, IReadOnlyList<PpksFigure> figures)
    {
        var byCategory = figures.ToLookup(f => f.CategoryId);
        return categories
            .Select(category =>
            {
                var own = byCategory[category.Id].ToList();
                PpksFigure? First(PpksMeasure m) => own.Where(f => f.Measure == m).OrderBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId).FirstOrDefault();
                return new PpksStatistic(category, First(PpksMeasure.Terdata), First(PpksMeasure.Tertangani), First(PpksMeasure.Mandiri), own);
            })
            .Where(s => s.Figures.Count > 0)
            .ToList();
    }
}
