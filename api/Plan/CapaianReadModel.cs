using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Sakip.Api.Data;

namespace Sakip.Api.Plan;

/// <summary>
/// Computes the capaian read model (<see cref="IndicatorCapaian"/>) of some regions: part of a load, in its transaction,
/// after the regions' figures are written. Every indicator's annual figures go through <see cref="CapaianReport.History"/>
/// on the region's scale, the rules the API used to run on each request.
/// </summary>
public static class CapaianReadModel
{
    private static readonly IndicatorMeasure[] Measures = [IndicatorMeasure.Target, IndicatorMeasure.Realisation, IndicatorMeasure.Capaian];

    public static Task<long> ComputeAsync(SakipDbContext db, IReadOnlyCollection<int> regions, CancellationToken ct) =>
        RegionReadModel.ReplaceAsync(db, "indicator_capaian", regions, async batch =>
        {
            var scales = await db.RegionCapaianScales.AsNoTracking().Where(s => batch.Contains(s.RegionId)).ToDictionaryAsync(s => s.RegionId, s => s.ToScale(), ct);
            var polarities = (await db.Indicators.Where(i => batch.Contains(i.RegionId)).Select(i => new { i.RegionId, i.Id, i.Polarity }).ToListAsync(ct))
                .ToDictionary(i => (i.RegionId, i.Id), i => i.Polarity);
            var figures = await db.IndicatorFigures.AsNoTracking()
                .Where(f => batch.Contains(f.RegionId) && f.PeriodKind == PeriodKind.Year && Measures.Contains(f.Measure))
                .ToListAsync(ct);
            var rows = figures.GroupBy(f => (f.RegionId, f.IndicatorId))
                .SelectMany(g => CapaianReport.History(polarities[g.Key], g, scales.GetValueOrDefault(g.Key.RegionId) ?? CapaianScale.Permendagri86)
                    .Select(r => (g.Key.RegionId, g.Key.IndicatorId, Report: r)));
            return await WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, ct);
        }, ct);

    private static async Task<long> WriteAsync(NpgsqlConnection connection, IEnumerable<(int Region, long Indicator, CapaianReport Report)> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY indicator_capaian (region_id, indicator_id, year, target_id, realisation_id, reported_id, state, value, category, scale, formula, trace, rule, difference) "
            + "FROM STDIN (FORMAT BINARY)", ct);
        long count = 0;
        foreach (var (region, indicator, report) in rows)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(region, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(indicator, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(report.Year, NpgsqlDbType.Integer, ct);
            await copy.WriteNullableAsync(report.Target?.Id, NpgsqlDbType.Bigint, ct);
            await copy.WriteNullableAsync(report.Realisation?.Id, NpgsqlDbType.Bigint, ct);
            await copy.WriteNullableAsync(report.Reported?.Id, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(report.Result.State.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(report.Result.Value, NpgsqlDbType.Numeric, ct);
            await copy.WriteNullableAsync(report.Result.Category?.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(report.Scale, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(report.Result.Formula, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(report.Result.Trace, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(report.Result.Source, NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(report.Difference, NpgsqlDbType.Numeric, ct);
            count++;
        }
        await copy.CompleteAsync(ct);
        return count;
    }
}
