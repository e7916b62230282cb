using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
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
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                var id = c.Source.Id;
                return Book(c, new RegionKey(c.Source.RegionId, c.Source.AgencyId), year).Then(book => book.For(id, year) is var budget && (budget.Figures.Count > 0 || budget.RolledUpPagu is not null || budget.RolledUpRealisation is not null) ? budget : null);
            });

    public static void AddBudgetFields(this ObjectGraphType<Agency> agency) =>
        agency.Field<NonNullGraphType<AgencyBudgetType>>("budget")
            .Description("The agency's budget for a year: the figures it states for itself (pagu indikatif) and the sum of its programs.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "Budget year (tahun anggaran).")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                return Book(c, RegionKey.Of(c.Source), year).Then(book =>
                {
                    var programs = book.Nodes.Where(n => n.Level == PlanLevel.Program).Select(n => n.Id).ToList();
                    var pagu = BudgetBook.Sum(programs.Select(p => book.RolledUp(p, BudgetMeasure.Pagu)));
                    var realisation = BudgetBook.Sum(programs.Select(p => book.RolledUp(p, BudgetMeasure.Realisation)));
                    return new AgencyBudget(year, book.AgencyFigures, pagu, realisation, ComputedPercent.Of(realisation, pagu, "realisasi", "pagu"));
                });
            });

    /// <summary>
    /// The budget book of an agency-year: its budget figures (one query per batch) over the agency's plan nodes, taken
    /// from the request's plan-node loader, which the query asking for budgets of nodes has already filled.
    /// </summary>
    private static IDataLoaderResult<BudgetBook> Book(IResolveFieldContext c, RegionKey agency, int year)
    {
        var loaders = c.Loaders();
        return loaders.One<(RegionKey Agency, int Year), BudgetBook>("Agency.budgetBook", async (db, keys, ct) =>
        {
            var nodesOf = keys.Select(k => k.Agency).Distinct().ToDictionary(a => a, loaders.NodesOfAgency);
            var (regions, agencies) = RegionKey.Split(keys.Select(k => k.Agency).ToList());
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var figures = await db.BudgetFigures.AsNoTracking().Where(f => regions.Contains(f.RegionId) && agencies.Contains(f.AgencyId) && years.Contains(f.Year))
                .OrderBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId).ToListAsync(ct);
            var books = new Dictionary<(RegionKey, int), BudgetBook>();
            foreach (var key in keys)
            {
                var nodes = await nodesOf[key.Agency].GetResultAsync(ct);
                books[key] = new BudgetBook(nodes.Select(n => (n.Node.Id, n.Node.ParentId, n.Node.Level)).ToList(),
                    figures.Where(f => f.RegionId == key.Agency.RegionId && f.AgencyId == key.Agency.Id && f.Year == key.Year).ToList());
            }
            return books;
        }).Load((agency, year)).Then(book => book!);
    }
}

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
