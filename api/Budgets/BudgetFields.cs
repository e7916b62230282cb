using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Sakip.Api.Data;
using Sakip.Api.GraphQL;
using Sakip.Api.GraphQL.Batching;
using Sakip.Api.Organisation;
using Sakip.Api.Plan;

namespace Sakip.Api.Budgets;

/// <summary>Budget fields of plan nodes and agencies, read through one budget book per agency and year.</summary>
public static class BudgetFields
{
    public static void AddNodeBudgetField(this ObjectGraphType<PlanNode> node) =>
        node.Field<NodeBudgetType>("budget")
            .Description("The node's budget (anggaran) for a year: pagu, planned per period, realisation and absorption, rolled up from the children where the document states none.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Budget year (tahun anggaran).")
            .Resolve(c => NodeBudget(c, RegionKey.Of(c.Source), c.GetArgument<int>("year")).Now());

    public static void AddBudgetFields(this ObjectGraphType<Agency> agency) =>
        agency.Field<NonNullGraphType<AgencyBudgetType>>("budget")
            .Description("The agency's budget for a year: the figures it states for itself (pagu indikatif) and the sum of its programs.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Budget year (tahun anggaran).")
            .Resolve(c => AgencyBudget(c, RegionKey.Of(c.Source), c.GetArgument<int>("year")));

    private static IDataLoaderResult<NodeBudget?> NodeBudget(IResolveFieldContext c, RegionKey node, int year) => NodeBudgets(c.Loaders()).Load((node, year));

    /// <summary>The nodes' stored roll-ups (<see cref="NodeBudgetRollUp"/>) with their figures of the year, in one query per batch.</summary>
    internal static BatchLoader<(RegionKey Node, int Year), NodeBudget?> NodeBudgets(RequestLoaders loaders) =>
        loaders.One<(RegionKey Node, int Year), NodeBudget>("PlanNode.budget", async (db, keys, ct) =>
        {
            var (regions, nodes) = RegionKey.Split(keys.Select(k => k.Node).ToList());
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var rows = await WithFigures(db, db.NodeBudgets.AsNoTracking()
                    .Where(b => regions.Contains(b.RegionId) && nodes.Contains(b.PlanNodeId) && years.Contains(b.Year)))
                .ToListAsync(ct);
            return rows.ToDictionary(r => (new RegionKey(r.RollUp.RegionId, r.RollUp.PlanNodeId), r.RollUp.Year), r => ToNodeBudget(r.RollUp, r.Figures));
        });

    /// <summary>Each roll-up with the node's budget figures of its year, in table and row order.</summary>
    internal static IQueryable<RollUpWithFigures> WithFigures(SakipDbContext db, IQueryable<NodeBudgetRollUp> rollUps) =>
        rollUps.Select(b => new RollUpWithFigures(b,
            db.BudgetFigures.Where(f => f.RegionId == b.RegionId && f.PlanNodeId == b.PlanNodeId && f.Year == b.Year)
                .OrderBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId).ThenBy(f => f.Id).ToList()));

    internal static NodeBudget ToNodeBudget(NodeBudgetRollUp rollUp, IReadOnlyList<BudgetFigure> figures) =>
        new(rollUp.Year, figures, figures.FirstOrDefault(f => f.Id == rollUp.PaguId), figures.FirstOrDefault(f => f.Id == rollUp.RealisationId),
            rollUp.RolledUpPagu, rollUp.RolledUpRealisation, rollUp.ChildrenPagu, rollUp.ChildrenRealisation,
            new ComputedPercent(rollUp.AbsorptionValue, rollUp.AbsorptionFormula, rollUp.AbsorptionTrace));

    /// <summary>The agency's own figures of the year and the sum of its programs' stored roll-ups.</summary>
    private static IDataLoaderResult<AgencyBudget> AgencyBudget(IResolveFieldContext c, RegionKey agency, int year) =>
        c.Loaders().One<(RegionKey Agency, int Year), AgencyBudget>("Agency.budget", async (db, keys, ct) =>
        {
            var (regions, agencies) = RegionKey.Split(keys.Select(k => k.Agency).ToList());
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var figures = (await db.BudgetFigures.AsNoTracking()
                    .Where(f => regions.Contains(f.RegionId) && agencies.Contains(f.AgencyId) && f.PlanNodeId == null && years.Contains(f.Year))
                    .OrderBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId).ThenBy(f => f.Id).ToListAsync(ct))
                .ToLookup(f => (new RegionKey(f.RegionId, f.AgencyId), f.Year));
            var programs = (await db.NodeBudgets.AsNoTracking()
                    .Where(b => regions.Contains(b.RegionId) && agencies.Contains(b.AgencyId) && years.Contains(b.Year)
                        && db.PlanNodes.Any(n => n.RegionId == b.RegionId && n.Id == b.PlanNodeId && n.Level == PlanLevel.Program))
                    .Select(b => new { b.RegionId, b.AgencyId, b.Year, b.RolledUpPagu, b.RolledUpRealisation }).ToListAsync(ct))
                .ToLookup(b => (new RegionKey(b.RegionId, b.AgencyId), b.Year));
            return keys.ToDictionary(k => k, k =>
            {
                var pagu = BudgetBook.Sum(programs[k].Select(p => p.RolledUpPagu));
                var realisation = BudgetBook.Sum(programs[k].Select(p => p.RolledUpRealisation));
                return new AgencyBudget(k.Year, figures[k].ToList(), pagu, realisation, ComputedPercent.Of(realisation, pagu, "realisasi", "pagu"));
            });
        }).Load((agency, year)).Then(b => b!);
}

/// <summary>A node's stored roll-up with its budget figures of the year.</summary>
public sealed record RollUpWithFigures(NodeBudgetRollUp RollUp, List<BudgetFigure> Figures);

public sealed record AgencyBudget(int Year, IReadOnlyList<BudgetFigure> Figures, decimal? ProgramsPagu, decimal? ProgramsRealisation, ComputedPercent Absorption);

public sealed class AgencyBudgetType : ObjectGraphType<AgencyBudget>
{
    public AgencyBudgetType()
    {
        Name = "AgencyBudget";
        Description = "An agency's budget for a year (anggaran perangkat daerah).";
        Field(x => x.Year).Description("Budget year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetFigureType>>>>("figures")
            .Description("Figures the documents give for the agency as a whole, e.g. the budget ceiling (pagu indikatif).").Resolve(c => c.Source.Figures);
        Field(x => x.ProgramsPagu, nullable: true).Description("Sum of the programs' pagu (Rupiah), each rolled up from its kegiatan where not stated.");
        Field(x => x.ProgramsRealisation, nullable: true).Description("Sum of the programs' budget realisation (Rupiah).");
        Field<NonNullGraphType<ComputedPercentType>>("absorption").Description("Budget absorption (penyerapan anggaran) of the programs: realisasi / pagu x 100.")
            .Resolve(c => c.Source.Absorption);
    }
}

public sealed class NodeBudgetType : ObjectGraphType<NodeBudget>
{
    public NodeBudgetType()
    {
        Name = "NodeBudget";
        Description = "A plan node's budget for a year (anggaran): the published figures, and pagu, realisation and absorption rolled up the tree.";
        Field(x => x.Year).Description("Budget year.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetFigureType>>>>("figures")
            .Description("Every budget figure published for the node this year, from every table, including the planned disbursement per period.")
            .Resolve(c => c.Source.Figures);
        Field<BudgetFigureType>("pagu").Description("The pagu the document states for the node (from the realisation's row where there is one).").Resolve(c => c.Source.Pagu);
        Field<BudgetFigureType>("realisation").Description("The budget realisation (realisasi anggaran) stated for the node.").Resolve(c => c.Source.Realisation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetFigureType>>>>("planned")
            .Description("Planned disbursement (rencana penarikan) per month or quarter.")
            .Resolve(c => c.Source.Figures.Where(f => f.Measure == BudgetMeasure.Planned).OrderBy(f => f.PeriodKind).ThenBy(f => f.PeriodNo).ToList());
        Field(x => x.RolledUpPagu, nullable: true).Description("Pagu in Rupiah: the stated one, or the sum of the children's where none is stated.");
        Field(x => x.RolledUpRealisation, nullable: true).Description("Realisation in Rupiah: the stated one, or the sum of the children's.");
        Field(x => x.ChildrenPagu, nullable: true).Description("Sum of the children's (rolled-up) pagu; differs from the stated pagu where the document does not add up.");
        Field(x => x.ChildrenRealisation, nullable: true).Description("Sum of the children's (rolled-up) realisation.");
        Field<NonNullGraphType<ComputedPercentType>>("absorption").Description("Budget absorption (penyerapan): realisasi / pagu x 100.")
            .Resolve(c => c.Source.Absorption);
    }
}
