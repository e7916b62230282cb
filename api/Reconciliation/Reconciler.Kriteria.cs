using Sakip.Api.Plan;
using Sakip.Core.Capaian;

namespace Sakip.Api.Reconciliation;

public sealed partial class Reconciler
{
    /// <summary>
    /// The kriteria a table prints beside an indicator's realisation (column <c>kriteria</c>, kept in the row's cells as
    /// printed) against the class of the capaian recomputed from the same table's target and realisation on the region's
    /// scale. Labels are compared without regard to case and spacing ("Tercapai target" is "Tercapai Target").
    /// </summary>
    private void CheckKriteria(Indicator indicator, int year, Value? target, Value? realisation)
    {
        if (target is null || realisation is null || PublishedKriteria(realisation.RowId) is not { } printed)
        {
            return;
        }
        var computed = CapaianRules.Compute(ToFigure(target), ToFigure(realisation), indicator.Polarity, input.Scale);
        if (computed.Kriteria is not { } kriteria)
        {
            return;
        }
        var scale = input.Scale ?? CapaianScale.Permendagri86;
        var stated = realisation with { Number = null, Grade = null, Published = printed };
        Compare(DocumentOf(realisation.TableId), FindingKind.KriteriaRecomputed, $"{indicator.Name}, kriteria {year}", stated, computed.Value, kriteria,
            $"kriteria skala {scale.Name} untuk capaian {computed.Trace}, dari {Source(realisation.RowId)}", null, SameLabel(printed, kriteria));
    }

    private string? PublishedKriteria(long rowId) =>
        _rows[rowId].Cells.RootElement.TryGetProperty("kriteria", out var cell) && cell.GetString() is { Length: > 0 } text ? text : null;

    private static bool SameLabel(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);
}
