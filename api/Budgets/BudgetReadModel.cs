using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Sakip.Api.Data;

namespace Sakip.Api.Budgets;

/// <summary>
/// Computes the budget roll-up read model (<see cref="NodeBudgetRollUp"/>) of some regions: part of a load, in its
/// transaction, after the regions' figures are written. Each agency-year's figures go through a <see cref="BudgetBook"/>
/// over the agency's plan tree, the rules the API used to run on each request.
/// </summary>
public static class BudgetReadModel
{
    public static Task<long> ComputeAsync(SakipDbContext db, IReadOnlyCollection<int> regions, CancellationToken ct) =>
        RegionReadModel.ReplaceAsync(db, "node_budgets", regions, async batch =>
        {
            var nodes = (await db.PlanNodes.AsNoTracking().Where(n => batch.Contains(n.RegionId))
                    .Select(n => new { n.RegionId, n.AgencyId, n.Id, n.ParentId, n.Level }).ToListAsync(ct))
                .ToLookup(n => (n.RegionId, n.AgencyId), n => (n.Id, n.ParentId, n.Level));
            var figures = await db.BudgetFigures.AsNoTracking().Where(f => batch.Contains(f.RegionId))
                .OrderBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId).ThenBy(f => f.Id).ToListAsync(ct);
            var rows = figures.GroupBy(f => (f.RegionId, f.AgencyId, f.Year)).SelectMany(g =>
            {
                var tree = nodes[(g.Key.RegionId, g.Key.AgencyId)].ToList();
                var book = new BudgetBook(tree, g.ToList());
                return tree.Select(n => (g.Key.RegionId, g.Key.AgencyId, NodeId: n.Id, Budget: book.For(n.Id, g.Key.Year)))
                    .Where(r => r.Budget.Figures.Count > 0 || r.Budget.RolledUpPagu is not null || r.Budget.RolledUpRealisation is not null);
            });
            return await WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, ct);
        }, ct);

    private static async Task<long> WriteAsync(NpgsqlConnection connection, IEnumerable<(int Region, long Agency, long Node, NodeBudget Budget)> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY node_budgets (region_id, plan_node_id, year, agency_id, pagu_id, realisation_id, rolled_up_pagu, rolled_up_realisation, children_pagu, "
            + "children_realisation, absorption_value, absorption_formula, absorption_trace) FROM STDIN (FORMAT BINARY)", ct);
        long count = 0;
        foreach (var (region, agency, node, budget) in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(region, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(node, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(budget.Year, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(agency, NpgsqlDbType.Bigint, ct);
            await copy.WriteNullableAsync(budget.Pagu?.Id, NpgsqlDbType.Bigint, ct);
            await copy.WriteNullableAsync(budget.Realisation?.Id, NpgsqlDbType.Bigint, ct);
            await copy.WriteNullableAsync(budget.RolledUpPagu, NpgsqlDbType.Numeric, ct);
            await copy.WriteNullableAsync(budget.RolledUpRealisation, NpgsqlDbType.Numeric, ct);
            await copy.WriteNullableAsync(budget.ChildrenPagu, NpgsqlDbType.Numeric, ct);
            await copy.WriteNullableAsync(budget.ChildrenRealisation, NpgsqlDbType.Numeric, ct);
            await copy.WriteNullableAsync(budget.Absorption.Value, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(budget.Absorption.Formula, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(budget.Absorption.Trace, NpgsqlDbType.Text, ct);
            count++;
        }
        await copy.CompleteAsync(ct);
        return count;
    }
}
