using Sakip.Api.Data;
using Sakip.Api.Seeding;
using static Sakip.Core.Numbers.IndonesianFormat;

namespace Sakip.Api.Reconciliation;

public sealed partial class Reconciler
{
    /// <summary>Columns whose rows do not add up to a total (percentages, grades, targets).</summary>
    private static bool IsAdditive(string column) =>
        !column.EndsWith("_pct", StringComparison.Ordinal) && column is not ("grade" or "capaian" or "target" or "realisation" or "baseline" or "end_target")
        && !column.StartsWith("target_", StringComparison.Ordinal) && !column.StartsWith("capaian_", StringComparison.Ordinal);

    private static readonly string[] GroupingColumns = ["dimension", "stage"];

    private static string? Text(RowInfo row, string column) =>
        row.Cells.RootElement.TryGetProperty(column, out var cell) ? cell.GetString() : null;

    /// <summary>Every stated total (JUMLAH, TOTAL) against the sum of the rows of its table.</summary>
    private void CheckStatedTotals()
    {
        foreach (var total in StatedTotals())
        {
            if (!IsAdditive(total.Column))
            {
                continue;
            }
            // A total row that names a dimension or stage totals only the rows with the same one.
            var totalRow = _rows[total.Value.RowId];
            var rows = _rows.Values.Where(r => r.TableId == total.Value.TableId && !r.IsTotal
                && GroupingColumns.All(g => Text(totalRow, g) is not { } value || Text(r, g) == value)).ToList();
            var columns = new[] { total.Column };
            if (rows.All(r => CellFigure(r, total.Column) is null))
            {
                // A total printed over columns the document leaves unlabelled (the Tanah Laut staff table).
                columns = ["v1", "v2", "v3", "v4"];
            }
            var parts = rows.SelectMany(r => columns.Select(c => CellFigure(r, c))).Where(f => f is { IsNumber: true }).ToList();
            if (parts.Count == 0)
            {
                continue;
            }
            var sum = parts.Sum(f => f!.Value!.Value);
            var table = _tables[total.Value.TableId];
            var source = $"jumlah kolom {string.Join("+", columns)} atas {rows.Count} baris {table.DocumentKey}/{table.Key}";
            Compare(table.DocumentId, FindingKind.StatedTotal, $"{table.Number ?? table.Key}: total kolom {total.Column}", total.Value, sum,
                Number(sum), source, null, total.Value.Number == sum);
        }
    }

    private IEnumerable<(string Column, Value Value)> StatedTotals() =>
        input.StatedTotals
            .Where(t => t.Figure.State == FigureState.Reported)
            .Select(t => (t.Column, ToValue(t.Figure, t.SourceRowId, t.SourceTableId)));

    /// <summary>Printed shares of aid distribution rows (totals included) against the counts on the same row.</summary>
    private void CheckPercentages()
    {
        foreach (var row in _rows.Values.Where(r => _tables[r.TableId].Kind == TableKinds.AidDistribution))
        {
            var recipients = CellFigure(row, "recipients");
            if (recipients is not { IsNumber: true } || recipients.Value == 0)
            {
                continue;
            }
            foreach (var (count, share) in new[] { ("delivered", "delivered_pct"), ("undelivered", "undelivered_pct") })
            {
                if (CellFigure(row, count) is { IsNumber: true } part && CellFigure(row, share) is { IsNumber: true } printed)
                {
                    var computed = part.Value!.Value / recipients.Value!.Value * 100;
                    var stated = ToValue(printed, row.Id, row.TableId);
                    Compare(_tables[row.TableId].DocumentId, FindingKind.PercentageRecomputed,
                        $"{Place(row)}: persentase {(count == "delivered" ? "tersalur" : "tidak tersalur")}", stated, computed, Percent(computed, 4),
                        $"{part.Published} / {recipients.Published} x 100 pada baris yang sama", row.Id, AgreesWithin(stated, computed));
                }
            }
            if (CellFigure(row, "delivered") is { IsNumber: true } delivered && CellFigure(row, "undelivered") is { IsNumber: true } undelivered)
            {
                var sum = delivered.Value!.Value + undelivered.Value!.Value;
                Compare(_tables[row.TableId].DocumentId, FindingKind.StatedTotal, $"{Place(row)}: penerima = tersalur + tidak tersalur",
                    ToValue(recipients, row.Id, row.TableId), sum, Number(sum),
                    $"{delivered.Published} + {undelivered.Published} pada baris yang sama", row.Id, recipients.Value == sum);
            }
        }
    }

    private static string Place(RowInfo row) =>
        row.Cells.RootElement.TryGetProperty("kecamatan", out var k) ? $"Kecamatan {k.GetString()}"
        : row.Cells.RootElement.TryGetProperty("label", out var l) ? l.GetString()!
        : row.IsTotal ? "Baris jumlah" : $"Baris {row.Label}";
}
