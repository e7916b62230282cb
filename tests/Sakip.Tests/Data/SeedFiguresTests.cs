using Microsoft.EntityFrameworkCore;
using Sakip.Api.Budgets;
using Sakip.Api.Data;
using Sakip.Api.Plan;
using Sakip.Api.Statistics;
using Sakip.Tests.Infrastructure;

namespace Sakip.Tests.Data;

/// <summary>Figures are stored as published, parsed exactly, and traceable to their source row.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class SeedFiguresTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_Seruyan_budget_ceiling_is_stored_exactly_with_its_printed_text_and_source()
    {
        await using var db = fixture.CreateContext();
        var ceiling = await db.BudgetFigures.AsNoTracking()
            .Where(b => b.PlanNodeId == null && b.Year == 2026)
            .Select(b => new { b.Amount, b.SourceRow!.LineFrom, Table = b.SourceRow.SourceTable!.Number })
            .SingleAsync();
        Assert.Equal(5_783_347_586m, ceiling.Amount.Value);
        Assert.Equal("Rp. 5.783.347.586", ceiling.Amount.Published);
        Assert.Equal(316, ceiling.LineFrom);
        Assert.Equal("Tabel 1.3", ceiling.Table);
    }

    [Fact]
    public async Task Tanah_Laut_PPKS_give_the_published_coverage_of_41_42_percent()
    {
        await using var db = fixture.CreateContext();
        var recap = await db.PpksFigures.AsNoTracking()
            .Where(f => f.Year == 2022 && f.SourceRow!.SourceTable!.Key == "T-PPKS-REKAP-2022")
            .SumAsync(f => f.Count.Value);
        var served = await db.PpksFigures.AsNoTracking()
            .Where(f => f.Year == 2022 && f.SourceRow!.SourceTable!.Key == "T-PPKS-DITANGANI-2022")
            .SumAsync(f => f.Count.Value);
        Assert.Equal(75_695m, recap);
        Assert.Equal(31_356m, served);
        Assert.Equal(41.42m, Math.Round(served!.Value / recap!.Value * 100, 2));
    }

    [Fact]
    public async Task The_Tanah_Laut_mandiri_capaian_is_kept_as_printed_with_its_target_and_realisation()
    {
        await using var db = fixture.CreateContext();
        var figures = await db.IndicatorFigures.AsNoTracking()
            .Where(f => f.Indicator!.Key == "ind-pmks-mandiri" && f.Year == 2022 && f.SourceRow!.SourceTable!.Key == "CAP-2022-Kadis")
            .Select(f => new { f.Measure, f.Figure })
            .ToListAsync();
        Assert.Equal("25%", figures.Single(f => f.Measure == IndicatorMeasure.Target).Figure.Published);
        Assert.Equal(13.32m, figures.Single(f => f.Measure == IndicatorMeasure.Realisation).Figure.Value);
        Assert.Equal(53.28m, figures.Single(f => f.Measure == IndicatorMeasure.Capaian).Figure.Value);
    }

    [Fact]
    public async Task A_missing_figure_is_not_reported_never_zero()
    {
        await using var db = fixture.CreateContext();
        // CAP-2022-Sekretaris prints no capaian; Seruyan's group 6 (AFIRMASIS KHUSUS) prints "tdk ada".
        var capaian = await db.IndicatorFigures.AsNoTracking()
            .Where(f => f.Measure == IndicatorMeasure.Capaian && f.SourceRow!.SourceTable!.Key == "CAP-2022-Sekretaris")
            .Select(f => f.Figure).ToListAsync();
        Assert.NotEmpty(capaian);
        Assert.All(capaian, f => Assert.Equal(FigureState.NotReported, f.State));
        Assert.All(capaian, f => Assert.Null(f.Value));
        var afirmasi = await db.PpksFigures.AsNoTracking()
            .Where(f => f.SourceRow!.SourceTable!.Key == "T1.8" && f.Count.Published == "tdk ada")
            .Select(f => f.Count).ToListAsync();
        Assert.Equal(2, afirmasi.Count);
        Assert.All(afirmasi, f => Assert.Equal(FigureState.NotReported, f.State));
    }

    [Fact]
    public async Task The_RAK_matrix_gives_twelve_monthly_targets_where_the_document_prints_them()
    {
        await using var db = fixture.CreateContext();
        var months = await db.IndicatorFigures.AsNoTracking()
            .Where(f => f.PeriodKind == PeriodKind.Month && f.SourceRow!.LineFrom == 797)
            .OrderBy(f => f.PeriodNo)
            .Select(f => f.Figure.Value)
            .ToListAsync();
        Assert.Equal([5m, 5m, 6m, 6m, 4m, 5m, 2m, 2m, 20m, 4m, 5m, 2m], months);
        Assert.Equal(66m, months.Sum());
    }

    [Fact]
    public async Task Every_budget_of_a_node_points_at_a_row_of_a_table_of_its_agency()
    {
        await using var db = fixture.CreateContext();
        var orphans = await db.BudgetFigures.AsNoTracking()
            .Where(b => b.PlanNode != null && b.PlanNode.AgencyId != b.AgencyId)
            .CountAsync();
        Assert.Equal(0, orphans);
        Assert.True(await db.BudgetFigures.CountAsync(b => b.Measure == BudgetMeasure.Realisation) >= 15);
    }
}
