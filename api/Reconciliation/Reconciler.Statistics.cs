using Sakip.Api.Data;
using Sakip.Api.Statistics;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Reconciliation;

public sealed partial class Reconciler
{
    /// <summary>Dimensions that each count every member of staff, so their sums must agree.</summary>
    private static readonly string[] WholeStaffDimensions = ["status", "pendidikan", "jenis-kelamin"];

    private void CheckStatisticsAcrossTables()
    {
        // The same PPKS count in two tables (a recap and its copy in the appendix).
        var ppks = input.Ppks
            .Where(f => f.Count.State == FigureState.Reported)
            .Select(f => new { f.CategoryId, CategoryName = f.Category!.Name, f.Measure, f.Year, f.Count, f.SourceRowId, f.SourceTableId })
            .Select(f => (f.CategoryId, f.CategoryName, f.Measure, f.Year, Value: ToValue(f.Count, f.SourceRowId, f.SourceTableId)));
        foreach (var group in ppks.GroupBy(f => (f.CategoryId, f.Measure, f.Year)))
        {
            var ordered = group.OrderBy(f => _tables[f.Value.TableId].Ordinal).ToList();
            var first = ordered[0];
            foreach (var other in ordered.Skip(1))
            {
                Compare(DocumentOf(other.Value.TableId), FindingKind.StatisticAcrossTables, $"PPKS {first.CategoryName}: {group.Key.Measure.ToString().ToLowerInvariant()} {group.Key.Year}",
                    other.Value, first.Value.Number, first.Value.Published, Source(first.Value.RowId), first.Value.RowId, Same(other.Value, first.Value));
            }
        }

        // Aid per kecamatan: stage I+II against stage I and stage II.
        var aid = input.Aid
            .Where(f => f.Kecamatan != null && f.Figure.State == FigureState.Reported)
            .ToLookup(f => (f.AgencyId, f.Year, Kecamatan: f.Kecamatan!.ToUpperInvariant(), f.Measure, f.Stage));
        foreach (var combined in aid.Where(g => g.Key.Stage == "I+II"))
        {
            var (agency, year, kecamatan, measure, _) = combined.Key;
            var first = aid[(agency, year, kecamatan, measure, "I")].FirstOrDefault();
            var second = aid[(agency, year, kecamatan, measure, "II")].FirstOrDefault();
            var expected = measure switch
            {
                AidMeasure.Delivered or AidMeasure.Amount when first is not null && second is not null =>
                    (Value: first.Figure.Value + second.Figure.Value, Text: (string?)null, How: $"tahap I {first.Figure.Published} + tahap II {second.Figure.Published}",
                        Rows: $"{Source(first.SourceRowId)}; {Source(second.SourceRowId)}"),
                AidMeasure.Recipients when first is not null =>
                    (Value: first.Figure.Value, Text: first.Figure.Published, How: "penerima tahap I", Rows: Source(first.SourceRowId)),
                AidMeasure.Undelivered when second is not null =>
                    (Value: second.Figure.Value, Text: second.Figure.Published, How: "tidak tersalur tahap II", Rows: Source(second.SourceRowId)),
                _ => (Value: (decimal?)null, Text: null, How: "", Rows: ""),
            };
            if (expected.Value is not { } value)
            {
                continue;
            }
            foreach (var figure in combined)
            {
                var stated = ToValue(figure.Figure, figure.SourceRowId, figure.SourceTableId);
                Compare(DocumentOf(figure.SourceTableId), FindingKind.StatisticAcrossTables, $"Kecamatan {figure.Kecamatan}: {AidMeasureName(measure)} tahap I+II",
                    stated, value, expected.Text ?? Number(value), $"{expected.How} ({expected.Rows})", null, stated.Number == value);
            }
        }

        // Staff counted by status, education and sex: each dimension counts every member of staff.
        var staff = input.Staff
            .Where(s => s.Column == "count" && s.Count.State == FigureState.Reported && WholeStaffDimensions.Contains(s.Dimension))
            .ToList();
        foreach (var agency in staff.GroupBy(s => (s.AgencyId, s.Year, SourceTableId: _rows[s.SourceRowId].TableId)))
        {
            var sums = agency.GroupBy(s => s.Dimension)
                .OrderBy(g => Array.IndexOf(WholeStaffDimensions, g.Key))
                .Select(g => (Dimension: g.Key, Sum: g.Sum(s => s.Count.Value!.Value), Rows: g.Select(s => s.SourceRowId).ToList()))
                .ToList();
            if (sums.Count < 2)
            {
                continue;
            }
            var reference = sums[0];
            foreach (var other in sums.Skip(1))
            {
                var stated = new Value(other.Sum, null, Number(other.Sum), other.Rows[0], agency.Key.SourceTableId);
                Compare(DocumentOf(agency.Key.SourceTableId), FindingKind.StatisticAcrossTables,
                    $"Jumlah pegawai menurut {DimensionName(other.Dimension)} terhadap jumlah menurut {DimensionName(reference.Dimension)}", stated, reference.Sum, Number(reference.Sum),
                    $"jumlah pegawai menurut {DimensionName(reference.Dimension)}: {Lines(reference.Rows)} (menurut {DimensionName(other.Dimension)}: {Lines(other.Rows)})", null,
                    other.Sum == reference.Sum);
            }
        }
    }
}
