using Microsoft.EntityFrameworkCore;
using Sakip.Api.Budgets;
using Sakip.Api.Plan;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Loading;

/// <summary>
/// The read models the loader stores hold exactly what the rules give when run over every figure of the database:
/// the capaian of every indicator and year, and the budget of every plan node and year rolled up its agency's tree.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class ReadModelTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Stored_capaian_equal_the_rules_over_all_figures()
    {
        await using var db = fixture.CreateContext();
        var scales = await db.RegionCapaianScales.AsNoTracking().ToDictionaryAsync(s => s.RegionId, s => s.ToScale());
        var polarity = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Polarity);
        var expected = (await db.IndicatorFigures.AsNoTracking().ToListAsync())
            .GroupBy(f => (f.RegionId, f.IndicatorId))
            .SelectMany(g => CapaianReport.History(polarity[g.Key.IndicatorId], g, scales.GetValueOrDefault(g.Key.RegionId) ?? CapaianScale.Permendagri86)
                .Select(r => $"{g.Key.IndicatorId}/{r.Year}: {r.Target?.Id} {r.Realisation?.Id} {r.Reported?.Id} {r.Result.State} {r.Result.Value} {r.Result.Category} {r.Result.Trace} {r.Difference}"))
            .Order(StringComparer.Ordinal).ToList();
        var stored = (await db.IndicatorCapaian.AsNoTracking().ToListAsync())
            .Select(c => $"{c.IndicatorId}/{c.Year}: {c.TargetId} {c.RealisationId} {c.ReportedId} {c.State} {c.Value} {c.Category} {c.Trace} {c.Difference}")
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(expected.Count > 10, $"only {expected.Count} capaian in the fixture");
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task Stored_budget_roll_ups_equal_the_budget_book_over_all_figures()
    {
        await using var db = fixture.CreateContext();
        var nodes = (await db.PlanNodes.AsNoTracking().ToListAsync()).ToLookup(n => n.AgencyId, n => (n.Id, n.ParentId, n.Level));
        var expected = (await db.BudgetFigures.AsNoTracking().OrderBy(f => f.SourceTableId).ThenBy(f => f.SourceRowId).ThenBy(f => f.Id).ToListAsync())
            .GroupBy(f => (f.AgencyId, f.Year))
            .SelectMany(g =>
            {
                var book = new BudgetBook(nodes[g.Key.AgencyId].ToList(), g.ToList());
                return nodes[g.Key.AgencyId].Select(n => (n.Id, Budget: book.For(n.Id, g.Key.Year)))
                    .Where(n => n.Budget.Figures.Count > 0 || n.Budget.RolledUpPagu is not null || n.Budget.RolledUpRealisation is not null)
                    .Select(n => $"{n.Id}/{g.Key.Year}: {n.Budget.Pagu?.Id} {n.Budget.Realisation?.Id} {n.Budget.RolledUpPagu} {n.Budget.RolledUpRealisation} "
                        + $"{n.Budget.ChildrenPagu} {n.Budget.ChildrenRealisation} {n.Budget.Absorption.Value} {n.Budget.Absorption.Trace}");
            })
            .Order(StringComparer.Ordinal).ToList();
        var stored = (await db.NodeBudgets.AsNoTracking().ToListAsync())
            .Select(b => $"{b.PlanNodeId}/{b.Year}: {b.PaguId} {b.RealisationId} {b.RolledUpPagu} {b.RolledUpRealisation} "
                + $"{b.ChildrenPagu} {b.ChildrenRealisation} {b.AbsorptionValue} {b.AbsorptionTrace}")
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(expected.Count > 10, $"only {expected.Count} budgets in the fixture");
        Assert.Equal(expected, stored);
    }
}
