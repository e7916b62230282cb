using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Sakip.Api.Budgets;
using Sakip.Api.Data;

namespace Sakip.Api.Plan;

/// <summary>
/// Computes the plan sheets (<see cref="AgencyPlanSheet"/>) of some regions: part of a load, in its transaction, after
/// the budget roll-ups. The rows come from the same queries, in the same order, as the API's loaders read them.
/// </summary>
public static class PlanSheetReadModel
{
    public static Task<long> ComputeAsync(SakipDbContext db, IReadOnlyCollection<int> regions, CancellationToken ct) =>
        RegionReadModel.ReplaceAsync(db, "agency_plan_sheets", regions,
            async batch => await WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), await BuildAsync(db, batch, ct), ct), ct);

    /// <summary>The sheets of some regions as their tables give them now: one per agency and year of its plan nodes.</summary>
    public static async Task<List<(int Region, long Agency, int Year, PlanSheet Sheet)>> BuildAsync(SakipDbContext db, int[] regions, CancellationToken ct)
    {
        var nodes = await PlanLoaders.InDocumentOrder(db.PlanNodes.AsNoTracking().Where(n => regions.Contains(n.RegionId))).ToListAsync(ct);
        var indicators = (await PlanLoaders.WithFigures(db, PlanLoaders.InDocumentOrder(db.Indicators.AsNoTracking().Where(i => regions.Contains(i.RegionId))))
                .ToListAsync(ct))
            .ToLookup(i => (i.Indicator.RegionId, i.Indicator.PlanNodeId));
        var budgets = (await BudgetFields.WithFigures(db, db.NodeBudgets.AsNoTracking().Where(b => regions.Contains(b.RegionId))).ToListAsync(ct))
            .ToDictionary(b => (b.RollUp.RegionId, b.RollUp.PlanNodeId, b.RollUp.Year));
        return nodes.GroupBy(n => (n.Node.RegionId, n.Node.AgencyId, n.Year)).Select(g =>
        {
            var own = g.SelectMany(n => indicators[(n.Node.RegionId, n.Node.Id)]).ToList();
            var rollUps = g.Select(n => budgets.GetValueOrDefault((n.Node.RegionId, n.Node.Id, g.Key.Year))).OfType<RollUpWithFigures>().ToList();
            return (g.Key.RegionId, g.Key.AgencyId, g.Key.Year, new PlanSheet
            {
                Nodes = g.Select(n => n.Node).ToList(),
                Indicators = own.Select(i => i.Indicator).ToList(),
                Figures = own.SelectMany(i => i.Figures).ToList(),
                Budgets = rollUps.Select(b => b.RollUp).ToList(),
                BudgetFigures = rollUps.SelectMany(b => b.Figures).ToList(),
            });
        }).ToList();
    }

    private static async Task<long> WriteAsync(NpgsqlConnection connection, IEnumerable<(int Region, long Agency, int Year, PlanSheet Sheet)> sheets, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY agency_plan_sheets (region_id, agency_id, year, format, payload) FROM STDIN (FORMAT BINARY)", ct);
        long count = 0;
        foreach (var (region, agency, year, sheet) in sheets)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(region, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(agency, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(year, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(PlanSheet.Format, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(sheet.Compress(), NpgsqlDbType.Bytea, ct);
            count++;
        }
        await copy.CompleteAsync(ct);
        return count;
    }
}
