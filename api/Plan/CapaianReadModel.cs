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
            var kriteria = await PublishedKriteriaAsync(db, batch, ct);
            var rows = figures.GroupBy(f => (f.RegionId, f.IndicatorId))
                .SelectMany(g => CapaianReport.History(polarities[g.Key], g, scales.GetValueOrDefault(g.Key.RegionId) ?? CapaianScale.Permendagri86)
                    .Select(r => (g.Key.RegionId, g.Key.IndicatorId, Report: r.Realisation is { } used && kriteria.TryGetValue((used.RegionId, used.SourceRowId), out var k)
                        ? r with { PublishedKriteria = k } : r)));
            return await WriteAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, ct);
        }, ct);

    /// <summary>The printed kriteria of the regions' rows that have one (column kriteria of an indicators table), by row.</summary>
    private static async Task<Dictionary<(int Region, long Row), string>> PublishedKriteriaAsync(SakipDbContext db, IReadOnlyCollection<int> regions, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand("SELECT region_id, id, cells->>'kriteria' FROM source_rows WHERE region_id = ANY(@regions) AND cells ? 'kriteria'", connection);
        command.Parameters.AddWithValue("regions", regions.ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        var kriteria = new Dictionary<(int, long), string>();
        while (await reader.ReadAsync(ct))
        {
            kriteria[(reader.GetInt32(0), reader.GetInt64(1))] = reader.GetString(2);
        }
        return kriteria;
    }

    private static async Task<long> WriteAsync(NpgsqlConnection connection, IEnumerable<(int Region, long Indicator, CapaianReport Report)> rows, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY indicator_capaian (region_id, indicator_id, year, target_id, realisation_id, reported_id, state, value, category, kriteria, published_kriteria, scale, formula, trace, rule, difference) "
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
            await copy.WriteNullableAsync(report.Result.Kriteria, NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(report.PublishedKriteria, NpgsqlDbType.Varchar, ct);
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
