using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.Plan;

/// <summary>A plan node with the year of the document that defines it.</summary>
public sealed record NodeOfYear(PlanNode Node, int Year);

/// <summary>An indicator with the years it has figures for and the year of the document that defines it.</summary>
public sealed record IndicatorOfYears(Indicator Indicator, List<int> FigureYears, int DocumentYear, PlanLevel Level)
{
    public bool Covers(int year) => DocumentYear == year || FigureYears.Contains(year);
}

/// <summary>The batched reads of the plan domain: one query per batch of parents, in document order.</summary>
public static class PlanLoaders
{
    public static IDataLoaderResult<IReadOnlyList<NodeOfYear>> NodesOfAgency(this IResolveFieldContext c, long agencyId) =>
        c.Loaders().Many<long, NodeOfYear>("Agency.planNodes",
            (db, ids, ct) => db.PlanNodes.AsNoTracking().Where(n => ids.Contains(n.AgencyId))
                .OrderBy(n => n.SourceRow!.SourceTable!.Ordinal).ThenBy(n => n.SourceRow!.Ordinal).ThenBy(n => n.Id)
                .Select(n => new NodeOfYear(n, n.SourceRow!.SourceTable!.Document!.Year)).ToListAsync(ct),
            n => n.Node.AgencyId).Load(agencyId);

    public static IDataLoaderResult<IReadOnlyList<PlanNode>> ChildrenOf(this IResolveFieldContext c, long nodeId) =>
        c.Loaders().Many<long, PlanNode>("PlanNode.children",
            (db, ids, ct) => db.PlanNodes.AsNoTracking().Where(n => n.ParentId != null && ids.Contains(n.ParentId.Value))
                .OrderBy(n => n.SourceRow!.SourceTable!.Ordinal).ThenBy(n => n.SourceRow!.Ordinal).ThenBy(n => n.Id).ToListAsync(ct),
            n => n.ParentId!.Value).Load(nodeId);

    public static IDataLoaderResult<IReadOnlyList<Indicator>> IndicatorsOfNode(this IResolveFieldContext c, long nodeId) =>
        c.Loaders().Many<long, Indicator>("PlanNode.indicators",
            (db, ids, ct) => db.Indicators.AsNoTracking().Where(i => ids.Contains(i.PlanNodeId))
                .OrderBy(i => i.SourceRow!.SourceTable!.Ordinal).ThenBy(i => i.SourceRow!.Ordinal).ThenBy(i => i.Id).ToListAsync(ct),
            i => i.PlanNodeId).Load(nodeId);

    public static IDataLoaderResult<IReadOnlyList<Contribution>> ContributionsOfNode(this IResolveFieldContext c, long nodeId) =>
        c.Loaders().Many<long, Contribution>("PlanNode.contributesTo",
            (db, ids, ct) => db.Contributions.AsNoTracking().Where(x => ids.Contains(x.PlanNodeId))
                .OrderBy(x => x.SourceRow!.SourceTable!.Ordinal).ThenBy(x => x.SourceRow!.Ordinal).ThenBy(x => x.Id).ToListAsync(ct),
            x => x.PlanNodeId).Load(nodeId);

    public static IDataLoaderResult<IReadOnlyList<Contribution>> ContributionsToIndicator(this IResolveFieldContext c, long indicatorId) =>
        c.Loaders().Many<long, Contribution>("Indicator.contributors",
            (db, ids, ct) => db.Contributions.AsNoTracking().Where(x => ids.Contains(x.IndicatorId))
                .OrderBy(x => x.SourceRow!.SourceTable!.Ordinal).ThenBy(x => x.SourceRow!.Ordinal).ThenBy(x => x.Id).ToListAsync(ct),
            x => x.IndicatorId).Load(indicatorId);

    public static IDataLoaderResult<IReadOnlyList<IndicatorOfYears>> IndicatorsOfAgency(this IResolveFieldContext c, long agencyId) =>
        c.Loaders().Many<long, IndicatorOfYears>("Agency.indicators", async (db, ids, ct) =>
            {
                var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.AgencyId))
                    .OrderBy(i => i.SourceRow!.SourceTable!.Ordinal).ThenBy(i => i.SourceRow!.Ordinal).ThenBy(i => i.Id)
                    .Select(i => new { Indicator = i, i.SourceRow!.SourceTable!.Document!.Year, i.PlanNode!.Level })
                    .ToListAsync(ct);
                var years = (await db.IndicatorFigures.Where(f => ids.Contains(f.Indicator!.AgencyId))
                        .Select(f => new { f.IndicatorId, f.Year }).Distinct().ToListAsync(ct))
                    .ToLookup(f => f.IndicatorId, f => f.Year);
                return indicators.Select(i => new IndicatorOfYears(i.Indicator, years[i.Indicator.Id].ToList(), i.Year, i.Level)).ToList();
            },
            i => i.Indicator.AgencyId).Load(agencyId);

    /// <summary>Every figure of the indicator, by year, measure and period.</summary>
    public static IDataLoaderResult<IReadOnlyList<IndicatorFigure>> FiguresOf(this IResolveFieldContext c, long indicatorId) =>
        c.Loaders().Many<long, IndicatorFigure>("Indicator.figures",
            (db, ids, ct) => db.IndicatorFigures.AsNoTracking().Where(f => ids.Contains(f.IndicatorId))
                .OrderBy(f => f.Year).ThenBy(f => f.Measure).ThenBy(f => f.PeriodKind).ThenBy(f => f.PeriodNo).ThenBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId)
                .ToListAsync(ct),
            f => f.IndicatorId).Load(indicatorId);
}
