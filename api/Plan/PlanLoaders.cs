using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Api.Documents;
using Sakip.Api.GraphQL.Batching;

namespace Sakip.Api.Plan;

/// <summary>A plan node with the year of the document that defines it.</summary>
public sealed record NodeOfYear(PlanNode Node, int Year);

/// <summary>An indicator with every figure of it.</summary>
public sealed record IndicatorWithFigures(Indicator Indicator, List<IndicatorFigure> Figures);

/// <summary>The batched reads of the plan domain: one query per batch of parents, in document order.</summary>
public static class PlanLoaders
{
    /// <summary>
    /// The agency's plan nodes of the documents of a year (of every year when null); each is also kept as the node of its
    /// id, so a parent (of the same document) costs no query. For a year, the agency's plan sheet
    /// (<see cref="AgencyPlanSheet"/>) brings the nodes with their indicators, figures and budgets of the year in one row;
    /// an agency without a sheet of the current format is read from the tables.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<NodeOfYear>> NodesOfAgency(this IResolveFieldContext c, RegionKey agency, int? year)
    {
        var loaders = c.Loaders();
        return loaders.Many<NodeOfYear>($"Agency.planNodes({year})", async (db, regions, ids, ct) =>
            {
                var nodes = new List<NodeOfYear>();
                var missing = ids;
                if (year is { } y)
                {
                    var sheets = await db.AgencyPlanSheets.AsNoTracking()
                        .Where(s => regions.Contains(s.RegionId) && ids.Contains(s.AgencyId) && s.Year == y && s.Format == PlanSheet.Format)
                        .Select(s => new { s.AgencyId, s.Payload }).ToListAsync(ct);
                    foreach (var sheet in sheets)
                    {
                        nodes.AddRange(Prime(loaders, PlanSheet.Decompress(sheet.Payload), y));
                    }
                    missing = ids.Except(sheets.Select(s => s.AgencyId)).ToArray();
                }
                if (missing.Length > 0)
                {
                    var read = await InDocumentOrder(db.PlanNodes.AsNoTracking()
                        .Where(n => regions.Contains(n.RegionId) && missing.Contains(n.AgencyId) && (year == null || n.SourceRow!.SourceTable!.Document!.Year == year)))
                        .ToListAsync(ct);
                    var byId = loaders.ById<PlanNode>();
                    foreach (var node in read)
                    {
                        byId.Prime(RegionKey.Of(node.Node), node.Node);
                    }
                    nodes.AddRange(read);
                }
                return nodes;
            },
            n => new RegionKey(n.Node.RegionId, n.Node.AgencyId)).Load(agency);
    }

    /// <summary>The plan nodes with their documents' year, in document order (the loaders' and the plan sheets' order).</summary>
    internal static IQueryable<NodeOfYear> InDocumentOrder(IQueryable<PlanNode> nodes) =>
        nodes.OrderBy(n => n.SourceRow!.SourceTable!.Ordinal).ThenBy(n => n.SourceRow!.Ordinal).ThenBy(n => n.Id)
            .Select(n => new NodeOfYear(n, n.SourceRow!.SourceTable!.Document!.Year));

    /// <summary>Keeps what a sheet holds as the answers of the loaders that would read it from the tables; returns its nodes.</summary>
    private static List<NodeOfYear> Prime(RequestLoaders loaders, PlanSheet sheet, int year)
    {
        var nodes = loaders.ById<PlanNode>();
        var indicators = sheet.Indicators.ToLookup(i => i.PlanNodeId);
        var figures = sheet.Figures.ToLookup(f => f.IndicatorId);
        var budgetFigures = sheet.BudgetFigures.ToLookup(f => f.PlanNodeId);
        var budgets = sheet.Budgets.ToDictionary(b => b.PlanNodeId);
        var (plain, withFigures, figuresOf, budgetOf) = (NodeIndicators(loaders), NodeIndicatorsWithFigures(loaders), Figures(loaders), BudgetFields.NodeBudgets(loaders));
        var result = new List<NodeOfYear>(sheet.Nodes.Count);
        foreach (var node in sheet.Nodes)
        {
            var key = RegionKey.Of(node);
            nodes.Prime(key, node);
            var own = indicators[node.Id].ToList();
            plain.Prime(key, own);
            withFigures.Prime(key, own);
            foreach (var indicator in own)
            {
                figuresOf.Prime(RegionKey.Of(indicator), figures[indicator.Id].ToList());
            }
            budgetOf.Prime((key, year), budgets.TryGetValue(node.Id, out var budget) ? BudgetFields.ToNodeBudget(budget, budgetFigures[node.Id].ToList()) : null);
            result.Add(new NodeOfYear(node, year));
        }
        return result;
    }

    public static IDataLoaderResult<IReadOnlyList<PlanNode>> ChildrenOf(this IResolveFieldContext c, RegionKey node) =>
        c.Loaders().Many<PlanNode>("PlanNode.children",
            (db, regions, ids, ct) => db.PlanNodes.AsNoTracking().Where(n => regions.Contains(n.RegionId) && n.ParentId != null && ids.Contains(n.ParentId.Value))
                .OrderBy(n => n.SourceRow!.SourceTable!.Ordinal).ThenBy(n => n.SourceRow!.Ordinal).ThenBy(n => n.Id).ToListAsync(ct),
            n => new RegionKey(n.RegionId, n.ParentId!.Value)).Load(node);

    /// <summary>Fields of an indicator that read its figures: asked for, the figures come in the indicators' own query.</summary>
    private static readonly HashSet<string> FigureFields = new(StringComparer.Ordinal) { "figures", "targets", "realisations" };

    public static IDataLoaderResult<IReadOnlyList<Indicator>> IndicatorsOfNode(this IResolveFieldContext c, RegionKey node)
    {
        var loaders = c.Loaders();
        var withFigures = loaders.Once(c.FieldAst, () => c.SubFields?.Values.Any(f => FigureFields.Contains(f.FieldType.Name)) == true);
        return (withFigures ? NodeIndicatorsWithFigures(loaders) : NodeIndicators(loaders)).Load(node);
    }

    private static BatchLoader<RegionKey, IReadOnlyList<Indicator>> NodeIndicators(RequestLoaders loaders) =>
        loaders.Many<Indicator>("PlanNode.indicators",
            (db, regions, ids, ct) => IndicatorsOfNodes(db, regions, ids).ToListAsync(ct), i => new RegionKey(i.RegionId, i.PlanNodeId));

    /// <summary>The nodes' indicators, their figures in the same query (kept for <see cref="FiguresOf"/>).</summary>
    private static BatchLoader<RegionKey, IReadOnlyList<Indicator>> NodeIndicatorsWithFigures(RequestLoaders loaders) =>
        loaders.Many<Indicator>("PlanNode.indicatorsWithFigures", async (db, regions, ids, ct) =>
            {
                var rows = await WithFigures(db, IndicatorsOfNodes(db, regions, ids)).ToListAsync(ct);
                var figures = Figures(loaders);
                foreach (var row in rows)
                {
                    figures.Prime(RegionKey.Of(row.Indicator), row.Figures);
                }
                return rows.Select(r => r.Indicator).ToList();
            },
            i => new RegionKey(i.RegionId, i.PlanNodeId));

    private static IQueryable<Indicator> IndicatorsOfNodes(SakipDbContext db, int[] regions, long[] nodes) =>
        InDocumentOrder(db.Indicators.AsNoTracking().Where(i => regions.Contains(i.RegionId) && nodes.Contains(i.PlanNodeId)));

    /// <summary>Indicators in document order (the loaders' and the plan sheets' order).</summary>
    internal static IQueryable<Indicator> InDocumentOrder(IQueryable<Indicator> indicators) =>
        indicators.OrderBy(i => i.SourceRow!.SourceTable!.Ordinal).ThenBy(i => i.SourceRow!.Ordinal).ThenBy(i => i.Id);

    /// <summary>Each indicator with all its figures, in <see cref="FiguresInOrder"/>'s order (a method call cannot be translated inside the projection).</summary>
    internal static IQueryable<IndicatorWithFigures> WithFigures(SakipDbContext db, IQueryable<Indicator> indicators) =>
        indicators.Select(i => new IndicatorWithFigures(i,
            db.IndicatorFigures.Where(f => f.RegionId == i.RegionId && f.IndicatorId == i.Id)
                .OrderBy(f => f.Year).ThenBy(f => f.Measure).ThenBy(f => f.PeriodKind).ThenBy(f => f.PeriodNo).ThenBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId)
                .ToList()));

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

    /// <summary>
    /// The agency's indicators that pass the filters, in document order: the filters are part of the query (and of the
    /// loader's name), so an agency with thousands of plan indicators sends only the IKU of a year when asked for those.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<Indicator>> IndicatorsOfAgency(this IResolveFieldContext c, RegionKey agency, int? year, IndicatorKind? kind, PlanLevel? level) =>
        c.Loaders().Many<Indicator>($"Agency.indicators({year},{kind},{level})", (db, regions, ids, ct) =>
            {
                var indicators = db.Indicators.AsNoTracking().Where(i => regions.Contains(i.RegionId) && ids.Contains(i.AgencyId));
                if (kind is { } k)
                {
                    indicators = indicators.Where(i => i.Kind == k);
                }
                if (level is { } l)
                {
                    indicators = indicators.Where(i => i.PlanNode!.Level == l);
                }
                if (year is { } y)
                {
                    // Defined in a document of the year, or with a figure for it.
                    indicators = indicators.Where(i => i.SourceRow!.SourceTable!.Document!.Year == y
                        || db.IndicatorFigures.Any(f => f.RegionId == i.RegionId && f.IndicatorId == i.Id && f.Year == y));
                }
                return indicators.OrderBy(i => i.SourceRow!.SourceTable!.Ordinal).ThenBy(i => i.SourceRow!.Ordinal).ThenBy(i => i.Id).ToListAsync(ct);
            },
            i => new RegionKey(i.RegionId, i.AgencyId)).Load(agency);

    /// <summary>
    /// The indicator's capaian of every year, oldest first, as the loader computed them (<see cref="IndicatorCapaian"/>):
    /// one query brings the figures used with their rows and tables, which are kept for the figures' <c>source</c>.
    /// </summary>
    /// <param name="year">Only this year's, or every year's when null.</param>
    public static IDataLoaderResult<IReadOnlyList<CapaianReport>> CapaianOf(this IResolveFieldContext c, RegionKey indicator, int? year = null)
    {
        var loaders = c.Loaders();
        var withFigures = loaders.Once(c.FieldAst, () => c.SubFields?.Values.Any(f => CapaianFigureFields.Contains(f.FieldType.Name)) == true);
        if (!withFigures)
        {
            // The capaian rows alone: a region's index asks every indicator's history { year state value kriteria }, and
            // the figures' join (three figures, each with its row and table) made that 9,000-row read take 0.2 s of SQL
            // and most of a second of materialising at 2,000 documents.
            return loaders.Many<StoredCapaian>($"Indicator.capaianAlone({year})", async (db, regions, ids, ct) =>
                    (await db.IndicatorCapaian.AsNoTracking()
                        .Where(x => regions.Contains(x.RegionId) && ids.Contains(x.IndicatorId) && (year == null || x.Year == year))
                        .OrderBy(x => x.Year)
                        .ToListAsync(ct))
                    .Select(x => new StoredCapaian(new RegionKey(x.RegionId, x.IndicatorId), Report(x, null, null, null))).ToList(),
                s => s.Indicator).Load(indicator).Then(list => (IReadOnlyList<CapaianReport>)list.Select(s => s.Report).ToList());
        }
        return loaders.Many<StoredCapaian>($"Indicator.capaian({year})", async (db, regions, ids, ct) =>
            {
                var rows = await db.IndicatorCapaian.AsNoTracking()
                    .Where(x => regions.Contains(x.RegionId) && ids.Contains(x.IndicatorId) && (year == null || x.Year == year))
                    .OrderBy(x => x.Year)
                    .Select(x => new
                    {
                        Capaian = x,
                        x.Target, TargetRow = x.Target!.SourceRow, TargetTable = x.Target.SourceRow!.SourceTable,
                        x.Realisation, RealisationRow = x.Realisation!.SourceRow, RealisationTable = x.Realisation.SourceRow!.SourceTable,
                        x.Reported, ReportedRow = x.Reported!.SourceRow, ReportedTable = x.Reported.SourceRow!.SourceTable,
                    })
                    .ToListAsync(ct);
                var sourceRows = loaders.ById<SourceRow>();
                var sourceTables = loaders.ById<SourceTable>();
                foreach (var row in rows.SelectMany(r => new[] { r.TargetRow, r.RealisationRow, r.ReportedRow }).OfType<SourceRow>())
                {
                    sourceRows.Prime(RegionKey.Of(row), row);
                }
                foreach (var table in rows.SelectMany(r => new[] { r.TargetTable, r.RealisationTable, r.ReportedTable }).OfType<SourceTable>())
                {
                    sourceTables.Prime(RegionKey.Of(table), table);
                }
                return rows.Select(r => new StoredCapaian(new RegionKey(r.Capaian.RegionId, r.Capaian.IndicatorId),
                    Report(r.Capaian, r.Target, r.Realisation, r.Reported))).ToList();
            },
            s => s.Indicator).Load(indicator).Then(list => (IReadOnlyList<CapaianReport>)list.Select(s => s.Report).ToList());
    }

    /// <summary>Fields of a capaian that read its figures (<see cref="CapaianReport.Difference"/> takes the reported one).</summary>
    private static readonly HashSet<string> CapaianFigureFields = new(StringComparer.Ordinal) { "target", "realisation", "reported", "difference" };

    private static CapaianReport Report(IndicatorCapaian capaian, IndicatorFigure? target, IndicatorFigure? realisation, IndicatorFigure? reported) =>
        new(capaian.Year, target, realisation, reported,
            new CapaianResult(capaian.State, capaian.Value, capaian.Category, capaian.Formula, capaian.Trace, capaian.Rule) { Kriteria = capaian.Kriteria },
            capaian.Scale) { PublishedKriteria = capaian.PublishedKriteria };

    private sealed record StoredCapaian(RegionKey Indicator, CapaianReport Report);

    /// <summary>Every figure of the indicator, by year, measure and period.</summary>
    public static IDataLoaderResult<IReadOnlyList<IndicatorFigure>> FiguresOf(this IResolveFieldContext c, RegionKey indicator) =>
        Figures(c.Loaders()).Load(indicator);

    private static BatchLoader<RegionKey, IReadOnlyList<IndicatorFigure>> Figures(RequestLoaders loaders) =>
        loaders.Many<IndicatorFigure>("Indicator.figures",
            (db, regions, ids, ct) => FiguresInOrder(db.IndicatorFigures.AsNoTracking().Where(f => regions.Contains(f.RegionId) && ids.Contains(f.IndicatorId))).ToListAsync(ct),
            f => new RegionKey(f.RegionId, f.IndicatorId));

    private static IQueryable<IndicatorFigure> FiguresInOrder(IQueryable<IndicatorFigure> figures) =>
        figures.OrderBy(f => f.Year).ThenBy(f => f.Measure).ThenBy(f => f.PeriodKind).ThenBy(f => f.PeriodNo).ThenBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId);
}
