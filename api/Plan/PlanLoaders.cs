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
    public static IDataLoaderResult<IReadOnlyList<NodeOfYear>> NodesOfAgency(this IResolveFieldContext c, RegionKey agency) =>
        c.Loaders().Many<NodeOfYear>("Agency.planNodes",
            (db, regions, ids, ct) => db.PlanNodes.AsNoTracking().Where(n => regions.Contains(n.RegionId) && ids.Contains(n.AgencyId))
                .OrderBy(n => n.SourceRow!.SourceTable!.Ordinal).ThenBy(n => n.SourceRow!.Ordinal).ThenBy(n => n.Id)
                .Select(n => new NodeOfYear(n, n.SourceRow!.SourceTable!.Document!.Year)).ToListAsync(ct),
            n => new RegionKey(n.Node.RegionId, n.Node.AgencyId)).Load(agency);

    public static IDataLoaderResult<IReadOnlyList<PlanNode>> ChildrenOf(this IResolveFieldContext c, RegionKey node) =>
        c.Loaders().Many<PlanNode>("PlanNode.children",
            (db, regions, ids, ct) => db.PlanNodes.AsNoTracking().Where(n => regions.Contains(n.RegionId) && n.ParentId != null && ids.Contains(n.ParentId.Value))
                .OrderBy(n => n.SourceRow!.SourceTable!.Ordinal).ThenBy(n => n.SourceRow!.Ordinal).ThenBy(n => n.Id).ToListAsync(ct),
            n => new RegionKey(n.RegionId, n.ParentId!.Value)).Load(node);

    public static IDataLoaderResult<IReadOnlyList<Indicator>> IndicatorsOfNode(this IResolveFieldContext c, RegionKey node) =>
        c.Loaders().Many<Indicator>("PlanNode.indicators",
            (db, regions, ids, ct) => db.Indicators.AsNoTracking().Where(i => regions.Contains(i.RegionId) && ids.Contains(i.PlanNodeId))
                .OrderBy(i => i.SourceRow!.SourceTable!.Ordinal).ThenBy(i => i.SourceRow!.Ordinal).ThenBy(i => i.Id).ToListAsync(ct),
            i => new RegionKey(i.RegionId, i.PlanNodeId)).Load(node);

    public static IDataLoaderResult<IReadOnlyList<Contribution>> ContributionsOfNode(this IResolveFieldContext c, RegionKey node) =>
        c.Loaders().Many<Contribution>("PlanNode.contributesTo",
            (db, regions, ids, ct) => db.Contributions.AsNoTracking().Where(x => regions.Contains(x.RegionId) && ids.Contains(x.PlanNodeId))
                .OrderBy(x => x.SourceRow!.SourceTable!.Ordinal).ThenBy(x => x.SourceRow!.Ordinal).ThenBy(x => x.Id).ToListAsync(ct),
            x => new RegionKey(x.RegionId, x.PlanNodeId)).Load(node);

    public static IDataLoaderResult<IReadOnlyList<Contribution>> ContributionsToIndicator(this IResolveFieldContext c, RegionKey indicator) =>
        c.Loaders().Many<Contribution>("Indicator.contributors",
            (db, regions, ids, ct) => db.Contributions.AsNoTracking().Where(x => regions.Contains(x.RegionId) && ids.Contains(x.IndicatorId))
                .OrderBy(x => x.SourceRow!.SourceTable!.Ordinal).ThenBy(x => x.SourceRow!.Ordinal).ThenBy(x => x.Id).ToListAsync(ct),
            x => new RegionKey(x.RegionId, x.IndicatorId)).Load(indicator);

    public static IDataLoaderResult<IReadOnlyList<IndicatorOfYears>> IndicatorsOfAgency(this IResolveFieldContext c, RegionKey agency) =>
        c.Loaders().Many<IndicatorOfYears>("Agency.indicators", async (db, regions, ids, ct) =>
            {
                var indicators = await db.Indicators.AsNoTracking().Where(i => regions.Contains(i.RegionId) && ids.Contains(i.AgencyId))
                    .OrderBy(i => i.SourceRow!.SourceTable!.Ordinal).ThenBy(i => i.SourceRow!.Ordinal).ThenBy(i => i.Id)
                    .Select(i => new { Indicator = i, i.SourceRow!.SourceTable!.Document!.Year, i.PlanNode!.Level })
                    .ToListAsync(ct);
                var years = (await db.IndicatorFigures.Where(f => regions.Contains(f.RegionId) && regions.Contains(f.Indicator!.RegionId) && ids.Contains(f.Indicator.AgencyId))
                        .Select(f => new { f.IndicatorId, f.Year }).Distinct().ToListAsync(ct))
                    .ToLookup(f => f.IndicatorId, f => f.Year);
                return indicators.Select(i => new IndicatorOfYears(i.Indicator, years[i.Indicator.Id].ToList(), i.Year, i.Level)).ToList();
            },
            i => new RegionKey(i.Indicator.RegionId, i.Indicator.AgencyId)).Load(agency);

    /// <summary>Every figure of the indicator, by year, measure and period.</summary>
    public static IDataLoaderResult<IReadOnlyList<IndicatorFigure>> FiguresOf(this IResolveFieldContext c, RegionKey indicator) =>
        c.Loaders().Many<IndicatorFigure>("Indicator.figures",
            (db, regions, ids, ct) => db.IndicatorFigures.AsNoTracking().Where(f => regions.Contains(f.RegionId) && ids.Contains(f.IndicatorId))
                .OrderBy(f => f.Year).ThenBy(f => f.Measure).ThenBy(f => f.PeriodKind).ThenBy(f => f.PeriodNo).ThenBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId)
                .ToListAsync(ct),
            f => new RegionKey(f.RegionId, f.IndicatorId)).Load(indicator);
}
